"""A worker pool over asyncio.Queue with retries, a results queue and graceful shutdown."""
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)
    attempts: int = field(compare=False, default=0)


class TransientError(Exception):
    pass


async def process(job: Job) -> str:
    await asyncio.sleep(job.cost * 0.004)
    if job.name.startswith("flaky") and job.attempts < 2:
        raise TransientError(f"{job.name} hiccup #{job.attempts + 1}")
    if job.name == "poison":
        raise ValueError("cannot process poison")
    return job.name.upper()


async def worker(wid: int, jobs: asyncio.Queue, results: asyncio.Queue, log: list):
    while True:
        job = await jobs.get()
        try:
            out = await process(job)
        except TransientError as e:
            job.attempts += 1
            log.append(f"w{wid} retry {job.name}: {e}")
            await jobs.put(job)
        except Exception as e:
            log.append(f"w{wid} failed {job.name}: {type(e).__name__}")
            await results.put((job.name, None))
        else:
            log.append(f"w{wid} done {job.name}")
            await results.put((job.name, out))
        finally:
            jobs.task_done()


async def main():
    jobs: asyncio.Queue[Job] = asyncio.Queue(maxsize=3)
    results: asyncio.Queue = asyncio.Queue()
    log: list[str] = []
    workers = [asyncio.create_task(worker(i, jobs, results, log), name=f"worker-{i}") for i in range(3)]
    print("workers:", [w.get_name() for w in workers])
    specs = [Job(2, "alpha", 48), Job(1, "flaky-beta", 24), Job(3, "gamma", 24), Job(1, "poison", 36),
             Job(2, "delta", 72), Job(5, "flaky-eps", 72), Job(4, "zeta", 12)]
    for job in sorted(specs):
        await jobs.put(job)
        print(f"queued {job.name:<10} size={jobs.qsize()} full={jobs.full()}")
    await jobs.join()
    print("all jobs done; empty:", jobs.empty())
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print("worker results:", [type(o).__name__ for o in outcome])
    print("cancelled:", [w.cancelled() for w in workers])
    collected = {}
    while not results.empty():
        name, value = results.get_nowait()
        collected[name] = value
    for name in sorted(collected):
        print(f"  {name:<10} -> {collected[name]}")
    for line in log:
        print("  log:", line)
    try:
        results.get_nowait()
    except asyncio.QueueEmpty:
        print("results drained")
    q = asyncio.Queue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("queue full, maxsize", q.maxsize)
    q.task_done()
    q.task_done()


asyncio.run(main())
