import asyncio

async def quick():
    await asyncio.sleep(0.01)
    return "quick"

async def main():
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), None))

asyncio.run(main())
