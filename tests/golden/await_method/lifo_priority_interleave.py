# LifoQueue and PriorityQueue (tuple items) with tasks interleaving around
# `await q.put(x)` / `await q.get()`, including full/empty waits and *_nowait calls.
import asyncio


async def producer(name, q, items):
    for x in items:
        print(f"{name}: put {x!r} (qsize {q.qsize()})")
        await q.put(x)
        print(f"{name}: put {x!r} done (qsize {q.qsize()})")


async def consumer(name, q, n):
    out = []
    for _ in range(n):
        print(f"{name}: get (qsize {q.qsize()})")
        x = await q.get()
        print(f"{name}: got {x!r} (qsize {q.qsize()})")
        out.append(x)
        q.task_done()
    return out


async def lifo():
    print("=== LifoQueue unbounded")
    q = asyncio.LifoQueue()
    for i in range(4):
        await q.put(i)
    q.put_nowait(99)
    print("qsize", q.qsize())
    print("gets:", [await q.get() for _ in range(3)], "then", q.get_nowait(), "then", await q.get())
    print("empty", q.empty())
    for _ in range(5):
        q.task_done()

    print("=== LifoQueue maxsize=2, producer ahead")
    q = asyncio.LifoQueue(maxsize=2)
    p = asyncio.create_task(producer("LP", q, ["a", "b", "c", "d"]))
    await asyncio.sleep(0)
    print("main: qsize", q.qsize(), "full", q.full())
    c = asyncio.create_task(consumer("LC", q, 4))
    _, got = await asyncio.gather(p, c)
    print("LIFO order consumed:", got)
    await q.join()
    print("join returned")

    print("=== LifoQueue consumer waiting first")
    q = asyncio.LifoQueue(3)
    c = asyncio.create_task(consumer("LW", q, 3))
    await asyncio.sleep(0)
    q.put_nowait("first")
    q.put_nowait("second")
    print("main: two put_nowait, qsize", q.qsize())
    await q.put("third")
    print("main: await put third, qsize", q.qsize())
    print("LW got", await c)


async def priority():
    print("=== PriorityQueue unbounded with tuples")
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (0, "critical")]:
        await q.put(item)
        print("put", item, "qsize", q.qsize())
    while not q.empty():
        print("get", await q.get())

    print("=== PriorityQueue maxsize=2, two producers, one consumer")
    q = asyncio.PriorityQueue(maxsize=2)
    p1 = asyncio.create_task(producer("PP1", q, [(5, "p1-a"), (1, "p1-b"), (3, "p1-c")]))
    p2 = asyncio.create_task(producer("PP2", q, [(4, "p2-a"), (0, "p2-b"), (2, "p2-c")]))
    await asyncio.sleep(0)
    print("main: qsize", q.qsize(), "full", q.full())
    c = asyncio.create_task(consumer("PC", q, 6))
    res = await asyncio.gather(p1, p2, c)
    print("priority consumed:", res[2])

    print("=== PriorityQueue empty, consumer waits; put_nowait wakes it")
    q = asyncio.PriorityQueue()
    c = asyncio.create_task(consumer("PW", q, 2))
    await asyncio.sleep(0)
    q.put_nowait((9, "nine"))
    q.put_nowait((8, "eight"))
    print("main: qsize", q.qsize())
    await asyncio.sleep(0)
    print("main: after sleep qsize", q.qsize())
    print("PW got", await c)


async def main():
    await lifo()
    await priority()


asyncio.run(main())
