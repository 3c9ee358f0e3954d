# A typed scheduler API with keyword-only options; a caller passes one positionally (exit 1).
import asyncio
from typing import Awaitable, Callable, Optional

Job = Callable[[], Awaitable[int]]


async def schedule(job: Job, *, delay_steps: int = 0, label: Optional[str] = None) -> tuple[str, int]:
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    result = await job()
    return (label or "anon", result)


def make_job(n: int) -> Job:
    async def job() -> int:
        await asyncio.sleep(0)
        return n * n
    return job


async def main() -> None:
    print(await schedule(make_job(3)))
    print(await schedule(make_job(4), delay_steps=2, label="four"))
    results = await asyncio.gather(
        schedule(make_job(5), label="late", delay_steps=3),
        schedule(make_job(6), label="early"),
    )
    print(results)
    print(schedule.__kwdefaults__, sorted(schedule.__annotations__))
    print(await schedule(make_job(7), 1, "seven"))


asyncio.run(main())
