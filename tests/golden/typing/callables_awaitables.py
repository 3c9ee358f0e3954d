# Callable/Awaitable/Union/Optional/cast annotations in a retrying async task runner.
import asyncio
from typing import Awaitable, Callable, Optional, Union, cast, Any

Handler = Callable[[int], Awaitable[str]]
Number = Union[int, float]


async def double(n: int) -> str:
    await asyncio.sleep(0)
    return f"double={n * 2}"


async def flaky(n: int) -> str:
    flaky.calls += 1  # type: ignore[attr-defined]
    if flaky.calls % 3:  # type: ignore[attr-defined]
        raise ConnectionError(f"try {flaky.calls}")  # type: ignore[attr-defined]
    return f"flaky ok {n}"


flaky.calls = 0  # type: ignore[attr-defined]


async def run_with_retry(handler: Handler, arg: int, retries: int = 3,
                         on_error: Optional[Callable[[Exception], None]] = None) -> Optional[str]:
    for attempt in range(1, retries + 1):
        try:
            return await handler(arg)
        except ConnectionError as e:
            if on_error is not None:
                on_error(e)
    return None


def scale(value: Number, factor: Optional[Number] = None) -> Number:
    return value * (factor if factor is not None else 1)


def parse(raw: Union[str, int, None]) -> int:
    if raw is None:
        return 0
    if isinstance(raw, str):
        return int(raw.strip() or "0")
    return raw


async def main() -> None:
    errors: list[str] = []
    handlers: dict[str, Handler] = {"double": double, "flaky": flaky}
    for name, h in handlers.items():
        print(name, await run_with_retry(h, 7, on_error=lambda e: errors.append(str(e))))
    print(await run_with_retry(flaky, 1, retries=1), errors)
    pending: list[Awaitable[str]] = [double(i) for i in range(3)]
    print(await asyncio.gather(*pending))
    print(scale(3), scale(2.5, 2), scale(4, 0.5))
    print([parse(x) for x in ["12", " 7 ", "", None, 5]])
    anything: Any = {"k": [1, 2, 3]}
    items = cast(dict[str, list[int]], anything)
    print(items["k"], cast(int, "not really an int"), cast("list[str]", [1]))
    print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
    print(Union[int, Union[str, int]] == Union[int, str], Union[int] is int)


asyncio.run(main())
