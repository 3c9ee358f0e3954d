import asyncio

async def ratio(a, b):
    return a / b

async def main():
    values = [1, 2, 0]
    total = 0
    for v in values:
        total = total + await ratio(10, v)
    print(total)

asyncio.run(main())
