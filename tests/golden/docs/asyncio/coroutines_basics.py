# asyncio "Coroutines and Tasks": Coroutines, Awaitables, Creating Tasks, Task Groups, Sleeping
import asyncio
import time


async def main():
    print('hello')
    await asyncio.sleep(0.01)
    print('world')

asyncio.run(main())


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main2():
    print("started at", "<time>")   # was time.strftime('%X')
    await say_after(0.02, 'hello')
    await say_after(0.04, 'world')
    print("finished at", "<time>")

asyncio.run(main2())


async def main3():
    task1 = asyncio.create_task(
        say_after(0.02, 'hello'))

    task2 = asyncio.create_task(
        say_after(0.04, 'world'))

    print("started at", "<time>")

    # Wait until both tasks are completed (should take
    # around 2 seconds.)
    await task1
    await task2

    print("finished at", "<time>")

asyncio.run(main3())


async def main4():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(
            say_after(0.02, 'hello'))

        task2 = tg.create_task(
            say_after(0.04, 'world'))

        print("started at", "<time>")

    # The await is implicit when the context manager exits.

    print("finished at", "<time>")
    print(task1.result(), task2.result(), task1.done())

asyncio.run(main4())


# Awaitables: coroutines
async def nested():
    return 42


async def main5():
    # Nothing happens if we just call "nested()".
    # A coroutine object is created but not awaited,
    # so it *won't run at all*.
    nested()

    # Let's do it differently now and await it:
    print(await nested())  # will print "42".

asyncio.run(main5())


# Awaitables: tasks
async def main6():
    # Schedule nested() to run soon concurrently
    # with "main()".
    task = asyncio.create_task(nested())

    # "task" can now be used to cancel "nested()", or
    # can simply be awaited to wait until it is complete:
    print(await task, task.result(), task.done(), task.cancelled())

asyncio.run(main6())


# Awaitables: futures
async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)


async def main7():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.create_task(set_after(fut, 0.01, '... world'))
    print('hello ...')
    print(await fut)
    print(fut.done(), fut.result(), asyncio.iscoroutine(nested()), asyncio.iscoroutinefunction(nested))

asyncio.run(main7())


# Sleeping: display a counter every 10 ms, 5 times (the doc prints datetimes); the deadline
# leaves 50 ms of slack so that a loaded machine still prints all 5
async def display_ticks():
    loop = asyncio.get_running_loop()
    end_time = loop.time() + 0.095
    n = 0
    while True:
        print('tick', n)
        n += 1
        if (loop.time() + 0.01) >= end_time or n >= 5:
            break
        await asyncio.sleep(0.01)

asyncio.run(display_ticks())


# sleep(0) yields to other tasks; sleep returns its result argument
async def worker(name, n):
    for i in range(n):
        print(f'{name} step {i}')
        await asyncio.sleep(0)
    return await asyncio.sleep(0, result=f'{name} done')


async def main8():
    t1 = asyncio.create_task(worker('A', 3))
    t2 = asyncio.create_task(worker('B', 2))
    print(await t1, await t2)
    print(asyncio.run.__name__, type(t1).__name__)

asyncio.run(main8())
try:
    asyncio.run(say_after)
except ValueError as e:
    print('ValueError:', str(e).split(',')[0])
coro = nested()
print(asyncio.run(coro))
