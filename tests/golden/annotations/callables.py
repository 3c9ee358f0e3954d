# Callable and Awaitable annotations: passing functions and coroutines around.
import asyncio
from typing import Awaitable, Callable, Coroutine, Any


def apply_all(fn: Callable[[int], str], values: list[int]) -> list[str]:
    return [fn(v) for v in values]


def make_formatter(width: int) -> Callable[[int], str]:
    def fmt(n: int) -> str:
        return str(n).rjust(width, "0")
    return fmt


async def double_later(n: int) -> int:
    await asyncio.sleep(0)
    print("doubling", n)
    return n * 2


async def run_one(job: Awaitable[int]) -> int:
    result = await job
    return result + 1


def schedule(factory: Callable[[int], Coroutine[Any, Any, int]], n: int) -> "asyncio.Task[int]":
    return asyncio.create_task(factory(n))


async def main() -> None:
    print(apply_all(make_formatter(4), [7, 42, 1234]))
    print(apply_all(hex, [255, 16]))
    print(apply_all(lambda n: "#" * n, [1, 3]))
    print(await run_one(double_later(5)))
    tasks: list[asyncio.Task[int]] = [schedule(double_later, i) for i in range(3)]
    print("scheduled", len(tasks))
    done = await asyncio.gather(*tasks)
    print(done)
    handlers: dict[str, Callable[[int], int]] = {"sq": lambda x: x * x, "neg": lambda x: -x}
    for name, h in handlers.items():
        print(name, h(6))


asyncio.run(main())
