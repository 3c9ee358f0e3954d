# A small asyncio program split over modules: worker coroutines and a Job dataclass in
# workers.py, TaskGroup and Queue in main; interleaved prints across tasks.
import asyncio
from workers import Job, worker, producer
import workers


async def main():
    queue = asyncio.Queue()
    results = []
    async with asyncio.TaskGroup() as tg:
        costs = [2, 5, 4, 3, 1, 2]  # in 40 ms units: finish times at least 40 ms apart
        jobs = [Job(i, f"job{i}", 0.04 * c) for i, c in enumerate(costs)]
        prod = tg.create_task(producer(queue, jobs))
        for wid in range(2):
            tg.create_task(worker(wid, queue, results))
        await prod
        await queue.join()
        print("all jobs done")
        for _ in range(2):
            queue.put_nowait(None)
    print(sorted(results))
    print(workers.stats)


asyncio.run(main())
