import asyncio

async def depth(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await depth(n - 1)

async def main():
    print(await depth(100000))

asyncio.run(main())
