# 200,000 tasks that each yield once to the loop, gathered.
# ops: 200000 tasks
import asyncio

async def worker(i):
    await asyncio.sleep(0)
    return i

async def main():
    results = await asyncio.gather(*[worker(i) for i in range(200000)])
    print(len(results), sum(results))

asyncio.run(main())
