import asyncio

async def double(x):
    await asyncio.sleep(0.001 * (3 - x))
    print("doubling", x)
    return x * 2

async def main():
    sequential = [await double(x) for x in range(3)]
    print(sequential)
    lookup = {x: await double(x) for x in range(2) if x % 2 == 0}
    print(lookup)
    print(sum([await double(x) for x in [1, 2]]))

asyncio.run(main())
