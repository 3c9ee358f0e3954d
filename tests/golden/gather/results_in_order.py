import asyncio

async def compute(x, delay):
    await asyncio.sleep(delay)
    print("computed", x)
    return x * 10

async def main():
    results = await asyncio.gather(compute(1, 0.03), compute(2, 0.01), compute(3, 0.02))
    print(results)
    coros = [compute(i, 0.001 * (5 - i)) for i in range(5)]
    print(await asyncio.gather(*coros))

asyncio.run(main())
