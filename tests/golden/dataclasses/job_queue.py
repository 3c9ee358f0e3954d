# A job scheduler built on dataclasses: ordered priorities, frozen value objects, default
# factories, __post_init__ validation, asdict for reporting, replace for retries.
import asyncio
from dataclasses import asdict, dataclass, field, replace


@dataclass(frozen=True, order=True)
class Priority:
    level: int
    name: str = field(compare=False)


@dataclass
class Job:
    job_id: int
    priority: Priority
    attempts: int = 0
    log: list[str] = field(default_factory=list)

    def __post_init__(self):
        if self.job_id < 0:
            raise ValueError(f"bad job id {self.job_id}")


@dataclass
class Stats:
    done: int = 0
    failed: int = 0
    retried: list[int] = field(default_factory=list)


HIGH, LOW = Priority(0, "high"), Priority(5, "low")


async def run(job: Job, stats: Stats) -> Job:
    await asyncio.sleep(0)
    job.log.append(f"attempt {job.attempts + 1}")
    if job.job_id % 3 == 0 and job.attempts == 0:
        stats.retried.append(job.job_id)
        return replace(job, attempts=job.attempts + 1, log=list(job.log))
    stats.done += 1
    return job


async def main():
    stats = Stats()
    jobs = [Job(i, HIGH if i % 2 else LOW) for i in range(6)]
    jobs.sort(key=lambda j: j.priority)
    print([j.job_id for j in jobs])
    results = await asyncio.gather(*(run(j, stats) for j in jobs))
    again = [r for r in results if r.attempts]
    results = [r for r in results if not r.attempts] + list(await asyncio.gather(*(run(j, stats) for j in again)))
    for r in results:
        print(r)
    print(asdict(stats), HIGH < LOW, HIGH == Priority(0, "urgent"), hash(HIGH) == hash(Priority(0, "x")))
    try:
        Job(-1, LOW)
    except ValueError as e:
        print("rejected:", e)


asyncio.run(main())
