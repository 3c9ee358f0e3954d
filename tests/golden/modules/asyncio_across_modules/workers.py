import asyncio
from dataclasses import dataclass

stats = {"done": 0}


@dataclass
class Job:
    id: int
    name: str
    cost: float


async def producer(queue, jobs):
    for job in jobs:
        print("produce", job)
        await queue.put(job)
        await asyncio.sleep(0)
    print("producer finished")


async def worker(wid, queue, results):
    while True:
        job = await queue.get()
        if job is None:
            print(f"worker {wid} stops")
            return
        print(f"worker {wid} takes {job.name}")
        await asyncio.sleep(job.cost)
        results.append((job.id, wid))
        stats["done"] += 1
        print(f"worker {wid} finished {job.name}")
        queue.task_done()
