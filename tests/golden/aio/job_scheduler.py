"""A cron-like job scheduler on the event loop: call_later/call_at timers, futures, retries, and a watchdog."""
import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto
from functools import partial
from typing import Awaitable, Callable, Optional


class JobState(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()
    CANCELLED = auto()


@dataclass
class Job:
    name: str
    action: Callable[[int], Awaitable[str]]
    delay: float
    retries: int = 0
    state: JobState = JobState.PENDING
    attempts: int = 0
    result: Optional[str] = None
    future: Optional[asyncio.Future] = field(default=None, repr=False)


class Scheduler:
    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.t0 = self.loop.time()
        self.jobs: dict[str, Job] = {}
        self.handles: dict[str, asyncio.TimerHandle] = {}
        self.log: list[str] = []

    # Times in steps of 100 ms, every event on a step. Timers run late, never early, so the stamp
    # rounds 30 ms below the time: a loaded machine may run an event up to 80 ms late (the last
    # retry of sync comes after six sleeps and timers) and print the same.
    def stamp(self) -> str:
        return f"{round((self.loop.time() - self.t0 - 0.03) * 10) * 100:>4}ms"

    def schedule(self, job: Job) -> asyncio.Future:
        job.future = self.loop.create_future()
        self.jobs[job.name] = job
        self.handles[job.name] = self.loop.call_later(job.delay, self._start, job)
        job.future.add_done_callback(partial(self._report, job.name))
        return job.future

    def _start(self, job: Job) -> None:
        job.state = JobState.RUNNING
        job.attempts += 1
        task = self.loop.create_task(job.action(job.attempts), name=f"job:{job.name}#{job.attempts}")
        task.add_done_callback(lambda t: self._finished(job, t))

    def _finished(self, job: Job, task: asyncio.Task) -> None:
        if task.cancelled():
            job.state = JobState.CANCELLED
            job.future.cancel()
        elif (exc := task.exception()) is not None:
            if job.attempts <= job.retries:
                backoff = 0.2 * 2 ** (job.attempts - 1)
                self.log.append(f"{self.stamp()} {job.name}: {exc!r}, retry in {backoff * 1000:.0f}ms")
                self.handles[job.name] = self.loop.call_later(backoff, self._start, job)
            else:
                job.state = JobState.FAILED
                job.future.set_exception(exc)
        else:
            job.state = JobState.DONE
            job.result = task.result()
            job.future.set_result(job.result)

    def _report(self, name: str, fut: asyncio.Future) -> None:
        outcome = "cancelled" if fut.cancelled() else (repr(fut.exception()) if fut.exception() else fut.result())
        self.log.append(f"{self.stamp()} {name}: finished -> {outcome}")

    def cancel(self, name: str) -> bool:
        job = self.jobs[name]
        if job.state is JobState.PENDING:
            self.handles[name].cancel()
            job.state = JobState.CANCELLED
            return job.future.cancel()
        return False


async def backup(attempt: int) -> str:
    await asyncio.sleep(0.3)
    return "backup.tar 12MB"


async def flaky_sync(attempt: int) -> str:
    await asyncio.sleep(0.1)
    if attempt < 3:
        raise ConnectionError(f"remote unavailable (attempt {attempt})")
    return f"synced on attempt {attempt}"


async def report(attempt: int) -> str:
    raise PermissionError("report directory is read-only")


async def main() -> None:
    s = Scheduler()
    futs = {
        "backup": s.schedule(Job("backup", backup, 1.0)),
        "sync": s.schedule(Job("sync", flaky_sync, 0.0, retries=2)),
        "report": s.schedule(Job("report", report, 1.5)),
        "cleanup": s.schedule(Job("cleanup", backup, 3.0)),
    }
    s.loop.call_at(s.t0 + 1.2, lambda: s.log.append(f"{s.stamp()} cancel cleanup -> {s.cancel('cleanup')}"))
    s.loop.call_at(s.t0 + 0.2, lambda: s.log.append(f"{s.stamp()} cancel sync after start? {s.cancel('sync')}"))
    results = await asyncio.gather(*futs.values(), return_exceptions=True)
    for name, r in zip(futs, results):
        print(f"{name:<8} {s.jobs[name].state.name:<9} attempts={s.jobs[name].attempts} -> {r!r}")
    print("\n".join(s.log))
    print({n: h.cancelled() for n, h in s.handles.items()})
    watchdog = s.loop.create_future()
    s.loop.call_later(0.02, watchdog.set_result, "heartbeat")
    print(await asyncio.wait_for(watchdog, 0.5), watchdog.done(), futs["cleanup"].cancelled())
    await futs["report"]


asyncio.run(main())
