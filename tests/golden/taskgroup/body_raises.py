import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    finally:
        print("child cleanup")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("caught", eg.exceptions)

asyncio.run(main())
