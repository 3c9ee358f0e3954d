"""Named worker pool plus an unnamed supervisor task; task names appear in the report."""
import asyncio
from dataclasses import dataclass, field


@dataclass
class WorkerStats:
    name: str
    handled: list[int] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.name:<10} handled {len(self.handled)}: {self.handled}"


async def worker(q: asyncio.Queue, stats: WorkerStats, pace: float) -> None:
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(pace)
            stats.handled.append(item)
        finally:
            q.task_done()


async def supervisor(q: asyncio.Queue, every: float, rounds: int) -> list[int]:
    sizes = []
    for _ in range(rounds):
        await asyncio.sleep(every)
        sizes.append(q.qsize())
    return sizes


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue()
    for i in range(1, 13):
        q.put_nowait(i)
    stats = [WorkerStats(f"fetcher-{i}") for i in range(1, 4)]
    workers = [asyncio.create_task(worker(q, s, (0.2, 0.28, 0.32)[n]), name=s.name)
               for n, s in enumerate(stats)]
    sup = asyncio.create_task(supervisor(q, 0.12, 4))
    print("workers:", [w.get_name() for w in workers])
    print("supervisor task:", sup.get_name())
    await q.join()
    sizes = await sup
    print("queue sizes seen by supervisor:", sizes)
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    for s in sorted(stats, key=lambda s: (-len(s.handled), s.name)):
        print(s)
    extra = asyncio.create_task(asyncio.sleep(0, result="late"))
    print(extra.get_name(), await extra)
    current = asyncio.current_task()
    print("main is", current.get_name() if current else None)


asyncio.run(main())
