"""Payment gateway client: wait_for, asyncio.timeout, shield, call_later, cancellation messages."""
import asyncio
import time


class Gateway:
    def __init__(self):
        self.committed = []
        self.events = []

    async def charge(self, ref, amount, latency):
        self.events.append(f"charge {ref} start")
        try:
            await asyncio.sleep(latency)
        except asyncio.CancelledError as e:
            self.events.append(f"charge {ref} cancelled (msg={e.args[0] if e.args else None!r})")
            raise
        self.committed.append((ref, amount))
        self.events.append(f"charge {ref} committed")
        return f"receipt-{ref}"


async def with_wait_for(gw):
    print("-- wait_for")
    print(await asyncio.wait_for(gw.charge("A", 10, 0.02), timeout=0.1))
    try:
        await asyncio.wait_for(gw.charge("B", 20, 0.2), timeout=0.05)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, isinstance(e, asyncio.TimeoutError), repr(e.__cause__)[:22])


async def with_timeout_cm(gw):
    print("-- asyncio.timeout")
    try:
        async with asyncio.timeout(0.05) as cm:
            await gw.charge("C", 30, 0.2)
    except TimeoutError:
        print("C expired:", cm.expired())
    async with asyncio.timeout(None) as cm2:
        cm2.reschedule(asyncio.get_running_loop().time() + 0.1)
        await gw.charge("D", 40, 0.03)
    print("D expired:", cm2.expired(), "deadline set:", cm2.when() is not None)
    try:
        async with asyncio.timeout(0.03):
            try:
                await gw.charge("E", 50, 0.2)
            finally:
                print("inner finally sees cancellation:", asyncio.current_task().cancelling())
    except TimeoutError:
        print("E timeout, cancelling() now", asyncio.current_task().cancelling())


async def with_shield(gw):
    print("-- shield")
    inner = asyncio.ensure_future(gw.charge("F", 60, 0.08))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.03)
    except TimeoutError:
        print("caller gave up; inner done?", inner.done())
    print("inner result later:", await inner)


async def with_cancel_msg(gw):
    print("-- cancel with message")
    t = asyncio.create_task(gw.charge("G", 70, 0.5), name="charge-G")
    loop = asyncio.get_running_loop()
    loop.call_later(0.08, t.cancel, "operator abort")
    fired = []
    loop.call_later(0.02, fired.append, "reminder")
    h = loop.call_later(0.12, fired.append, "never")
    h.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("G cancelled:", e.args, t.cancelled(), t.get_name())
    print("timers fired:", fired, "handle cancelled:", h.cancelled())
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "soon")
    loop.call_later(0.01, lambda: print("call_later lambda ran"))
    print("future:", await fut)
    await asyncio.sleep(0.08)


async def main():
    gw = Gateway()
    started = time.monotonic()
    await with_wait_for(gw)
    await with_timeout_cm(gw)
    await with_shield(gw)
    await with_cancel_msg(gw)
    elapsed = time.monotonic() - started
    print("committed:", gw.committed)
    for e in gw.events:
        print("  ", e)
    assert elapsed < 5, "too slow"
    async with asyncio.timeout(0.02):
        await gw.charge("Z", 99, 0.2)


asyncio.run(main())
