import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out, expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("in time, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())

asyncio.run(main())
