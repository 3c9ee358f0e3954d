import asyncio


async def work(n):
    await asyncio.sleep(0.01)
    print("work", n)
    return n * 2


async def background(log):
    try:
        while True:
            await asyncio.sleep(0.005)
            log.append("tick")
    finally:
        print("background cancelled after", len(log) > 0)


async def start_bg(log):
    asyncio.create_task(background(log))
    return "started"


async def count_tasks():
    return len(asyncio.all_tasks())


log = []
with asyncio.Runner() as runner:
    print(runner.run(work(1)))
    print(runner.run(start_bg(log)))
    print(runner.run(work(2)))
    print("tasks", runner.run(count_tasks()))
    loop = runner.get_loop()
    print(loop is runner.get_loop(), loop.is_closed(), loop.is_running())
    print(type(runner).__name__, type(runner).__module__, repr(runner).startswith("<asyncio.runners.Runner object at 0x"))
    try:
        runner.run(5)
    except ValueError as e:
        print("ValueError:", e)
print("closed", loop.is_closed())
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

r = asyncio.Runner(debug=False)
print(r.run(work(4)))
r.close()
r.close()
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.Runner(True)
except TypeError as e:
    print("TypeError:", e)
