# Producers and consumers interleaving around `await q.put(x)` / `await q.get()` on bounded
# and unbounded asyncio.Queue: puts with room and gets with items complete without
# suspending; a full queue makes put wait, an empty queue makes get wait.
import asyncio


async def producer(name, q, items):
    for x in items:
        print(f"{name}: put {x!r} (qsize before={q.qsize()}, full={q.full()})")
        await q.put(x)
        print(f"{name}: put {x!r} done (qsize={q.qsize()})")
    print(f"{name}: finished")


async def consumer(name, q, n):
    got = []
    for _ in range(n):
        print(f"{name}: get (qsize before={q.qsize()}, empty={q.empty()})")
        x = await q.get()
        print(f"{name}: got {x!r} (qsize={q.qsize()})")
        got.append(x)
    print(f"{name}: finished with {got}")
    return got


async def no_suspend_check(q):
    # With room / with items, the await must not give other tasks a turn.
    log = []

    async def other():
        log.append("other ran")

    t = asyncio.create_task(other())
    await q.put("a")
    log.append("after put a")
    await q.put("b")
    log.append("after put b")
    x = await q.get()
    log.append(f"after get {x}")
    y = await q.get()
    log.append(f"after get {y}")
    await asyncio.sleep(0)
    log.append("after sleep(0)")
    await t
    print("no-suspend log:", log)


async def main():
    print("--- unbounded queue")
    q = asyncio.Queue()
    await no_suspend_check(q)
    print("maxsize:", q.maxsize, "full:", q.full())

    print("--- bounded queue maxsize=2, producer first")
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer("P", q, [1, 2, 3, 4, 5]))
    c = asyncio.create_task(consumer("C", q, 5))
    await asyncio.gather(p, c)
    print("qsize at end:", q.qsize())

    print("--- bounded queue maxsize=1, consumer first (get must wait)")
    q = asyncio.Queue(1)
    c = asyncio.create_task(consumer("C1", q, 3))
    await asyncio.sleep(0)
    print("main: consumer is waiting, qsize", q.qsize())
    p = asyncio.create_task(producer("P1", q, ["x", "y", "z"]))
    await asyncio.gather(c, p)

    print("--- two producers, two consumers, maxsize=1")
    q = asyncio.Queue(maxsize=1)
    tasks = [
        asyncio.create_task(producer("PA", q, ["a1", "a2"])),
        asyncio.create_task(producer("PB", q, ["b1", "b2"])),
        asyncio.create_task(consumer("CA", q, 2)),
        asyncio.create_task(consumer("CB", q, 2)),
    ]
    res = await asyncio.gather(*tasks)
    print("results:", res)

    print("--- put_nowait / get_nowait mixed with awaits")
    q = asyncio.Queue(maxsize=3)
    q.put_nowait(10)
    await q.put(11)
    q.put_nowait(12)
    print("qsize:", q.qsize(), "full:", q.full())
    try:
        q.put_nowait(13)
    except asyncio.QueueFull as e:
        print("put_nowait on full:", type(e).__name__, repr(e))
    blocked = asyncio.create_task(producer("PN", q, [13]))
    await asyncio.sleep(0)
    print("main: get_nowait ->", q.get_nowait(), "qsize", q.qsize())
    await asyncio.sleep(0)
    print("main: after yielding, qsize", q.qsize())
    await blocked
    print("main: await get ->", await q.get())
    print("main: get_nowait ->", q.get_nowait())
    print("main: await get ->", await q.get())
    print("qsize:", q.qsize(), "empty:", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait on empty:", type(e).__name__, repr(e))
    waiting = asyncio.create_task(consumer("CN", q, 2))
    await asyncio.sleep(0)
    q.put_nowait("n1")
    print("main: put_nowait n1, qsize", q.qsize())
    await q.put("n2")
    print("main: await put n2, qsize", q.qsize())
    print("CN returned", await waiting)
    print("final qsize:", q.qsize())


asyncio.run(main())
