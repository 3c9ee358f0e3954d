# Generators used inside async code: a producer generator consumed by several tasks.
import asyncio


def job_source(n):
    for i in range(n):
        print(f"  source yields job{i}")
        yield f"job{i}"
    print("  source exhausted")


def backoff(base):
    delay = base
    while True:
        yield delay
        delay *= 2


async def worker(name, jobs, results):
    for job in jobs:
        results.append(f"{name}:{job}")
        await asyncio.sleep(0)
    return name


async def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
            await asyncio.sleep(0)
    if batch:
        yield batch


async def main():
    jobs = job_source(5)
    results = []
    done = await asyncio.gather(worker("a", jobs, results), worker("b", jobs, results))
    print(done, results)
    delays = backoff(1)
    schedule = [next(delays) for _ in range(5)]
    print("backoff", schedule)
    async for b in batched((x * x for x in range(7)), 3):
        print("batch", b)
    squares = [x async for x in batched(range(4), 2)]
    print(squares)
    t = asyncio.create_task(worker("c", (f"gen{i}" for i in range(2)), results))
    print(await t, results[-2:])


asyncio.run(main())
