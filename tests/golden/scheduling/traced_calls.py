"""A tracing helper that logs coroutine names and queue state around awaited calls."""
import asyncio
from typing import Any, Awaitable, Coroutine

depth = 0


async def traced(coro: Coroutine[Any, Any, Any]) -> Any:
    global depth
    name = coro.__qualname__
    print(f"{'  ' * depth}-> {name}")
    depth += 1
    try:
        result = await coro
    except Exception as e:
        print(f"{'  ' * (depth - 1)}<- {name} raised {e!r}")
        raise
    finally:
        depth -= 1
    print(f"{'  ' * depth}<- {name} = {result!r}")
    return result


class Service:
    def __init__(self, name: str) -> None:
        self.name = name
        self.inbox: asyncio.Queue[str] = asyncio.Queue(maxsize=4)

    async def lookup(self, key: str) -> int:
        await asyncio.sleep(0.001)
        if not key:
            raise KeyError("empty key")
        return sum(map(ord, key)) % 97

    async def resolve(self, keys: list[str]) -> dict[str, int]:
        out = {}
        for k in keys:
            out[k] = await traced(self.lookup(k))
        return out


async def main() -> None:
    svc = Service("dns")
    table = await traced(svc.resolve(["alpha", "beta"]))
    print(table)
    for msg in ("hello", "world"):
        svc.inbox.put_nowait(msg)
    print(f"inbox: {svc.inbox}")
    try:
        await traced(svc.resolve(["gamma", ""]))
    except KeyError as e:
        print("failed:", e)
    print(svc.inbox.get_nowait(), svc.inbox.qsize())


asyncio.run(main())
