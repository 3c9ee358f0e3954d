import asyncio

async def main():
    x = (1 +
    print(x

asyncio.run(main())
