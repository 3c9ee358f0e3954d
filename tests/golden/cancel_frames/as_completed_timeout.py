# as_completed's timeout: the TimeoutError is raised by _wait_for_one (tasks.py).
import asyncio


async def slow():
    await asyncio.sleep(1)


async def main():
    tasks = [asyncio.create_task(slow())]
    for next_done in asyncio.as_completed(tasks, timeout=0.01):
        print("waiting")
        await next_done


asyncio.run(main())
