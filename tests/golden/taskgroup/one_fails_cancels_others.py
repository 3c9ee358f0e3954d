import asyncio

async def long_task(i):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled", i)
        raise

async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("bad input")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long_task(1))
            tg.create_task(failing())
            tg.create_task(long_task(2))
    except ExceptionGroup as eg:
        print("group:", eg)
        for e in eg.exceptions:
            print(" -", type(e).__name__, e)

asyncio.run(main())
