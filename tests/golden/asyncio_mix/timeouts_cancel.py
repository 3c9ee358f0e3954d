import asyncio


async def fetch(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(f"{name} refused")
        return f"{name}:{delay}"
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    finally:
        print(f"  {name} finally")


async def main():
    print(await asyncio.wait_for(fetch("fast", 0.01), timeout=1))
    try:
        await asyncio.wait_for(fetch("slow", 1), timeout=0.02)
    except TimeoutError as e:
        print("timeout:", type(e).__name__, isinstance(e, asyncio.TimeoutError))
    try:
        async with asyncio.timeout(0.02) as cm:
            await fetch("scoped", 1)
    except TimeoutError:
        print("scoped timeout, expired:", cm.expired())
    tasks = [asyncio.create_task(fetch(n, d)) for n, d in [("a", 0.06), ("b", 0.01), ("c", 0.5)]]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in tasks])
    first = [asyncio.create_task(fetch(n, d, fail=f)) for n, d, f in [("x", 0.05, False), ("y", 0.01, True)]]
    done, pending = await asyncio.wait(first, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    await asyncio.gather(*pending)
    for coro in asyncio.as_completed([fetch("p", 0.05), fetch("q", 0.01)]):
        print("as_completed:", await coro)
    shielded = asyncio.create_task(fetch("shielded", 0.05))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), 0.005)
    except TimeoutError:
        print("outer timed out; inner still running:", not shielded.done())
    print(await shielded)
    res = await asyncio.gather(fetch("g1", 0.05), fetch("g2", 0.005, fail=True), return_exceptions=True)
    print(res)
    t = asyncio.create_task(fetch("late", 1))
    await asyncio.sleep(0.001)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel args:", e.args)
    await asyncio.wait_for(fetch("final", 1), 0.01)

asyncio.run(main())
