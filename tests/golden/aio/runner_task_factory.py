"""A task factory installed during one Runner.run() stays on the runner's loop for the next runs."""
import asyncio

created = []


def tracing_factory(loop, coro, **kwargs):
    created.append(coro.__name__)
    print(f"  factory: {coro.__name__} kwargs={sorted(kwargs)}")
    return asyncio.Task(coro, loop=loop, **kwargs)


async def setup():
    loop = asyncio.get_running_loop()
    print("  factory before:", loop.get_task_factory())
    print("  main task made without factory:", created == [])
    loop.set_task_factory(tracing_factory)
    print("  factory installed:", loop.get_task_factory() is tracing_factory)
    return id(loop)


async def child(n):
    await asyncio.sleep(0)
    return n * n


async def work():
    loop = asyncio.get_running_loop()
    print("  factory seen:", loop.get_task_factory() is tracing_factory)
    print("  current task made by factory:", created[-1] == "work")
    results = await asyncio.gather(child(2), child(3))
    return results


async def reset():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(None)
    return loop.get_task_factory()


with asyncio.Runner() as runner:
    print("run 1")
    first_loop_id = runner.run(setup())
    print("run 2")
    print("  ->", runner.run(work()))
    loop = runner.get_loop()
    print("same loop both runs:", id(loop) == first_loop_id)
    print("factory from outside:", loop.get_task_factory() is tracing_factory)
    print("run 3")
    print("  ->", runner.run(reset()))
    print("run 4")
    print("  ->", runner.run(work()))
    print("created:", created)

print("after the runner:", loop.is_closed(), loop.get_task_factory())

print("fresh runner")
with asyncio.Runner() as other:
    print("  other loop is new:", other.get_loop() is not loop)
    print("  factory on new loop:", other.get_loop().get_task_factory())
    other.get_loop().set_task_factory(tracing_factory)
    print("  ->", other.run(child(7)))
    print("  created:", created[-1:])
