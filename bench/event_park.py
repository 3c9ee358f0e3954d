# 1,000,000 tasks all parked on one asyncio.Event, then released at once. Measures the
# memory held by each pending task (and the cost of creating and waking them).
# ops: 1000000 tasks
import asyncio

N = 1000000


async def waiter(ev):
    await ev.wait()
    return 1


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev)) for _ in range(N)]
    await asyncio.sleep(0)
    ev.set()
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results))


asyncio.run(main())
