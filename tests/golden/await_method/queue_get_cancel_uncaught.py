# A task blocked in `await q.get()` on an empty Queue is cancelled; main awaits it without
# catching, so the CancelledError leaves asyncio.run (traceback on stderr, exit code 1).
# Before that, a task blocked in `await q.put(x)` on a full queue is cancelled and reported.
import asyncio


async def getter(q):
    print("getter: awaiting q.get(), qsize", q.qsize())
    item = await q.get()
    print("getter: not reached", item)


async def putter(q):
    print("putter: awaiting q.put('late'), qsize", q.qsize())
    await q.put("late")
    print("putter: not reached")


async def main():
    full = asyncio.Queue(1)
    await full.put("x")
    p = asyncio.create_task(putter(full))
    await asyncio.sleep(0)
    p.cancel()
    res = await asyncio.gather(p, return_exceptions=True)
    print("putter result:", [type(r).__name__ for r in res], "qsize", full.qsize())

    q = asyncio.Queue()
    g = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    print("main: cancelling getter")
    g.cancel()
    print("main: awaiting getter")
    await g
    print("main: not reached")


asyncio.run(main())
