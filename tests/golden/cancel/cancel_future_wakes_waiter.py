import asyncio

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter saw cancellation")
        return "handled"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.cancel()
    print(await t)
    print(fut.cancelled())

asyncio.run(main())
