import asyncio
import contextvars

stage = contextvars.ContextVar("stage", default="none")
owner = contextvars.ContextVar("owner", default="nobody")

stage.set("boot")


async def worker(name, steps):
    print(f"{name} start: stage={stage.get()} owner={owner.get()}")
    owner.set(name)
    for i in range(steps):
        await asyncio.sleep(0)
        print(f"{name} step {i}: owner={owner.get()} stage={stage.get()}")
        stage.set(f"{name}-{i}")
    return f"{name}:{owner.get()}:{stage.get()}"


async def late_reader():
    await asyncio.sleep(0)
    print("late_reader sees stage", stage.get())
    return stage.get()


async def main():
    print("main sees top-level stage:", stage.get())
    stage.set("main")
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    reader = asyncio.create_task(late_reader())
    stage.set("main-after-create")
    print("main after create:", stage.get(), owner.get())
    results = await asyncio.gather(t1, t2, reader)
    print("results:", results)
    print("main after tasks:", stage.get(), owner.get())

    print("-- gather of coroutines")
    results = await asyncio.gather(worker("c", 1), worker("d", 2))
    print("results:", results)
    print("main after gather:", stage.get(), owner.get())

    print("-- awaiting a coroutine directly shares main's context")
    result = await worker("direct", 1)
    print("result:", result)
    print("main after direct await:", stage.get(), owner.get())
    return owner.get()


print("returned:", asyncio.run(main()))
print("top level after run:", stage.get(), owner.get())
