import asyncio

async def main():
    t = asyncio.current_task()
    t.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
