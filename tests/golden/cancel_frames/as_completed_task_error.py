# An exception of a task awaited through as_completed: the traceback passes through
# as_completed's _wait_for_one (tasks.py), between main's await and the task's own frames.
import asyncio


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f"task {n} failed")


async def main():
    tasks = [asyncio.create_task(fails(1))]
    for next_done in asyncio.as_completed(tasks):
        print("waiting")
        await next_done


asyncio.run(main())
