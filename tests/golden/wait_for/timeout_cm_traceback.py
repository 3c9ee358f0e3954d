# A TimeoutError leaving `async with asyncio.timeout(...)` shows timeouts.py's __aexit__ frame
# (`raise TimeoutError from exc_val`) above the CancelledError it replaced.
import asyncio


async def slow_query():
    await asyncio.sleep(1)


async def main():
    try:
        async with asyncio.timeout(0.01):
            await slow_query()
    except TimeoutError:
        print("first timed out")
    async with asyncio.timeout(0.02):
        await slow_query()


asyncio.run(main())
