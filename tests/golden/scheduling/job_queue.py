"""Priority job queue with worker pool, timeouts per job and a results summary."""
import asyncio
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Awaitable, Callable


class Prio(IntEnum):
    HIGH = 0
    NORMAL = 1
    LOW = 2


@dataclass(order=True)
class Job:
    prio: Prio
    seq: int
    name: str = field(compare=False)
    cost: float = field(compare=False)
    fails: bool = field(default=False, compare=False)


class JobFailed(RuntimeError):
    pass


class Scheduler:
    def __init__(self, workers: int, timeout: float) -> None:
        self.pending: list[Job] = []
        self.workers = workers
        self.timeout = timeout
        self.results: dict[str, str] = {}
        self._seq = 0
        self.wakeup = asyncio.Event()

    def submit(self, name: str, cost: float, prio: Prio = Prio.NORMAL, fails: bool = False) -> None:
        self._seq += 1
        self.pending.append(Job(prio, self._seq, name, cost, fails))
        self.pending.sort()
        self.wakeup.set()

    async def run_job(self, job: Job) -> str:
        await asyncio.sleep(job.cost)
        if job.fails:
            raise JobFailed(f"{job.name} exploded")
        return f"{job.name}:{job.cost * 1000:.0f}ms"

    async def worker(self, wid: int) -> int:
        done = 0
        while self.pending:
            job = self.pending.pop(0)
            print(f"w{wid} start {job.name:<8} prio={job.prio.name}")
            try:
                res = await asyncio.wait_for(self.run_job(job), self.timeout)
                self.results[job.name] = res
                done += 1
            except asyncio.TimeoutError:
                self.results[job.name] = "TIMEOUT"
            except JobFailed as e:
                self.results[job.name] = f"FAILED({e})"
            print(f"w{wid} end   {job.name:<8} -> {self.results[job.name]}")
        return done

    async def run(self) -> list[int]:
        return await asyncio.gather(*(self.worker(i) for i in range(1, self.workers + 1)))


async def main() -> None:
    s = Scheduler(workers=2, timeout=0.4)
    s.submit("report", 0.12)
    s.submit("backup", 1.0, Prio.LOW)
    s.submit("email", 0.04, Prio.HIGH)
    s.submit("resize", 0.2, fails=True)
    s.submit("index", 0.08, Prio.HIGH)
    s.submit("cleanup", 0.18, Prio.LOW)
    print([j.name for j in s.pending])
    per_worker = await s.run()
    print("per worker:", per_worker)
    width = max(map(len, s.results))
    for name, res in sorted(s.results.items()):
        print(f"  {name:>{width}} | {res}")
    ok = [n for n, r in s.results.items() if ":" in r]
    print(f"{len(ok)}/{len(s.results)} ok")
    print(Prio.HIGH < Prio.LOW, sorted([Prio.LOW, Prio.HIGH]), Prio(1))


asyncio.run(main())
