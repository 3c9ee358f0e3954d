import asyncio

async def divide(a, b):
    await asyncio.sleep(0)
    return a / b

async def main():
    print(await asyncio.gather(divide(1, 2), divide(1, 0)))

asyncio.run(main())
