# A dataclass job hierarchy processed by async workers with a Semaphore; results are dataclasses.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Job:
    job_id: int
    steps: int = 1
    priority: int = field(default=5, compare=False)

    def describe(self):
        return f"{type(self).__name__}#{self.job_id}"

    async def run(self):
        for _ in range(self.steps):
            await asyncio.sleep(0)
        return self.job_id * 10


@dataclass
class EmailJob(Job):
    recipient: str = "nobody"

    async def run(self):
        base = await super().run()
        return base + len(self.recipient)


@dataclass
class ReportJob(Job):
    pages: list = field(default_factory=list)

    async def run(self):
        await asyncio.sleep(0)
        return sum(self.pages)


@dataclass(order=True)
class Result:
    value: int
    job: Job = field(compare=False)
    worker: str = field(default="?", compare=False)


async def execute(job, sem, active, trace):
    async with sem:
        active.append(job.job_id)
        trace.append(f"start {job.describe()} active={sorted(active)}")
        value = await job.run()
        active.remove(job.job_id)
        trace.append(f"done {job.describe()}")
        return Result(value, job, worker=f"slot{len(active)}")


async def main():
    jobs = [
        Job(1, steps=3), EmailJob(2, recipient="ops@example.com"), ReportJob(3, pages=[4, 5, 6]),
        Job(4, priority=1), EmailJob(5, steps=2, recipient="me"), ReportJob(6),
    ]
    sem, active, trace = asyncio.Semaphore(2), [], []
    results = await asyncio.gather(*(execute(j, sem, active, trace) for j in jobs))
    for line in trace:
        print(line)
    for r in sorted(results, reverse=True):
        print(r.value, r.job, r.worker)
    print(EmailJob(2) == EmailJob(2, priority=9), Job(2) == EmailJob(2))
    print(isinstance(jobs[1], Job), [type(j).__name__ for j in jobs if isinstance(j, Job)])


asyncio.run(main())
