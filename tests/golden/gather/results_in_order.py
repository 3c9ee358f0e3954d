import asyncio

async def compute(x, delay):
    await asyncio.sleep(delay)
    print("computed", x)
    return x * 10

async def main():
    results = await asyncio.gather(compute(1, 0.12), compute(2, 0.04), compute(3, 0.08))
    print(results)
    coros = [compute(i, 0.04 * (5 - i)) for i in range(5)]
    print(await asyncio.gather(*coros))

asyncio.run(main())
