"""A job runner that reports through done-callbacks; one buggy callback raises inside the event loop."""
import asyncio

REPORT: list[str] = []


class Job:
    def __init__(self, name: str, seconds: float, fail: bool = False):
        self.name = name
        self.seconds = seconds
        self.fail = fail

    async def run(self) -> str:
        await asyncio.sleep(self.seconds)
        if self.fail:
            raise RuntimeError(f"{self.name} crashed")
        return f"{self.name} finished"


def record(task: asyncio.Task) -> None:
    if task.cancelled():
        REPORT.append(f"{task.get_name()}: cancelled")
    elif task.exception():
        REPORT.append(f"{task.get_name()}: failed ({task.exception()})")
    else:
        REPORT.append(f"{task.get_name()}: {task.result()}")


def notify_slack(task: asyncio.Task) -> None:
    # bug: assumes every task succeeded
    message = task.result().upper()
    REPORT.append(f"slack <- {message}")


async def main() -> None:
    jobs = [Job("backup", 0.12), Job("index", 0.04), Job("mailer", 0.08, fail=True), Job("cleanup", 0.5)]
    tasks = []
    for job in jobs:
        t = asyncio.create_task(job.run(), name=job.name)
        t.add_done_callback(record)
        tasks.append(t)
    tasks[1].add_done_callback(notify_slack)
    tasks[2].add_done_callback(notify_slack)

    loop = asyncio.get_running_loop()
    loop.call_later(0.16, tasks[3].cancel)
    loop.call_soon(REPORT.append, "loop started")

    results = await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0.01)
    print("gather:")
    for job, res in zip(jobs, results):
        print(f"  {job.name:<8} {type(res).__name__:<15} {res}")
    print("report:")
    for line in REPORT:
        print("  ", line)
    done = sum(1 for t in tasks if t.done())
    print(f"{done}/{len(tasks)} tasks done; callbacks removed:", tasks[0].remove_done_callback(record))


asyncio.run(main())
