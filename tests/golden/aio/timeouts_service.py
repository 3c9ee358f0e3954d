"""A service client with per-call timeouts, deadline budgets, shielded commits and cancellation."""
import asyncio
from typing import Awaitable, Callable, Optional, TypeVar

T = TypeVar("T")
log: list[str] = []


async def backend(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(f"{name}: connection reset")
        return f"{name}:ok"
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled ({e.args[0] if e.args else 'no msg'})")
        raise


async def with_timeout(coro: Awaitable[T], seconds: float, default: Optional[T] = None) -> Optional[T]:
    try:
        return await asyncio.wait_for(coro, seconds)
    except asyncio.TimeoutError:
        log.append(f"timed out after {seconds}s")
        return default


async def commit(store: dict[str, int], key: str) -> int:
    await asyncio.sleep(0.1)
    store[key] = store.get(key, 0) + 1
    log.append(f"committed {key}")
    return store[key]


async def budgeted(calls: list[tuple[str, float]], budget: float) -> list[str]:
    done: list[str] = []
    try:
        async with asyncio.timeout(budget) as cm:
            for name, delay in calls:
                done.append(await backend(name, delay))
                if name == "extend":
                    cm.reschedule(cm.when() + 0.1)
                    log.append("deadline extended")
    except TimeoutError:
        log.append(f"budget exhausted after {len(done)} calls, expired={cm.expired()}")
    return done


async def main() -> None:
    print(await with_timeout(backend("fast", 0.01), 0.2))
    print(await with_timeout(backend("slow", 0.5), 0.05, default="fallback"))
    try:
        await with_timeout(backend("broken", 0.02, fail=True), 0.2)
    except ConnectionError as e:
        print("error:", e)

    print(await budgeted([("a", 0.02), ("b", 0.03), ("c", 0.2), ("d", 0.01)], 0.15))
    print(await budgeted([("a", 0.02), ("extend", 0.02), ("c", 0.09)], 0.1))

    store: dict[str, int] = {}
    task = asyncio.create_task(commit(store, "order-1"))
    try:
        await asyncio.wait_for(asyncio.shield(task), 0.02)
    except asyncio.TimeoutError:
        print("caller gave up; commit still running:", not task.done())
    print("commit result:", await task, store)

    t = asyncio.create_task(backend("job", 1.0))
    await asyncio.sleep(0.03)
    print("cancel() ->", t.cancel("operator abort"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("job cancelled:", e.args, t.cancelled(), t.done())
    print("cancel again ->", t.cancel())

    async def stubborn() -> str:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            await asyncio.sleep(0.01)
            return "refused to die"
        return "finished"

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.02)
    s.cancel()
    print("stubborn:", await s, s.cancelled())

    results = await asyncio.gather(backend("g1", 0.03), backend("g2", 0.01, fail=True),
                                   with_timeout(backend("g3", 0.3), 0.05), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in results])
    print("\n".join(log))
    await asyncio.wait_for(backend("final", 0.3), timeout=0.05)


asyncio.run(main())
