import asyncio

async def fetch():
    await asyncio.sleep(1)
    return 42

async def main():
    result = await fetch()
    print(result)

asyncio.run(main())
# output: 42
