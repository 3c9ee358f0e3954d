import asyncio

async def step(n):
    await asyncio.sleep(n * 0.1)
    return n * 10

async def main():
    results = await asyncio.gather(step(1), step(2), step(3))
    print(results)

asyncio.run(main())
# output: [10, 20, 30]
