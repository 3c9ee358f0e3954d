"""Retry decorator with exponential backoff for flaky async calls; last call fails uncaught."""
import asyncio
import functools
from typing import Any, Callable, Coroutine, TypeVar

T = TypeVar("T")


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def retry(attempts: int = 3, base: float = 0.01, factor: float = 2.0,
          retry_on: tuple[type[BaseException], ...] = (TransientError,)):
    def deco(fn: Callable[..., Coroutine[Any, Any, T]]) -> Callable[..., Coroutine[Any, Any, T]]:
        @functools.wraps(fn)
        async def wrapper(*args: Any, **kwargs: Any) -> T:
            delay = base
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args, **kwargs)
                except retry_on as exc:
                    if attempt == attempts:
                        print(f"  {fn.__name__}: giving up after {attempt} attempts")
                        raise
                    print(f"  {fn.__name__}: attempt {attempt} failed ({exc!r}); "
                          f"retrying in {delay * 1000:.0f}ms")
                    await asyncio.sleep(delay)
                    delay *= factor
            raise AssertionError("unreachable")
        wrapper.attempts = attempts
        return wrapper
    return deco


class FlakyService:
    def __init__(self, name: str, fail_pattern: str) -> None:
        self.name = name
        self.pattern = iter(fail_pattern)
        self.calls = 0

    async def call(self, payload: str) -> str:
        self.calls += 1
        await asyncio.sleep(0.001)
        match next(self.pattern, "."):
            case "t":
                raise TransientError(f"{self.name} busy")
            case "p":
                raise PermanentError(f"{self.name} rejected {payload!r}")
            case _:
                return f"{self.name}<{payload.upper()}>"


svc_a = FlakyService("alpha", "tt.")
svc_b = FlakyService("beta", "tp")
svc_c = FlakyService("gamma", "tttt")


@retry(attempts=4, base=0.005)
async def fetch_alpha(x: str) -> str:
    """Fetch from alpha."""
    return await svc_a.call(x)


@retry()
async def fetch_beta(x: str) -> str:
    return await svc_b.call(x)


@retry(attempts=3, base=0.002, factor=3)
async def fetch_gamma(x: str) -> str:
    return await svc_c.call(x)


async def main() -> None:
    print(fetch_alpha.__name__, fetch_alpha.__doc__, fetch_alpha.attempts)
    print("alpha ->", await fetch_alpha("hello"), f"({svc_a.calls} calls)")
    try:
        await fetch_beta("x")
    except PermanentError as e:
        print("beta failed permanently:", e, f"({svc_b.calls} calls)")
    results = await asyncio.gather(fetch_alpha("again"), fetch_beta("y"), return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in results])
    print("gamma ->", await fetch_gamma("z"))


asyncio.run(main())
