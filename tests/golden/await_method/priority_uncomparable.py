# Exceptions raised inside PriorityQueue.put / put_nowait / get when items cannot be
# compared (heapq ordering): the exception surfaces at `await q.put(x)`; print type and
# message, the queue's state afterwards, and an error raised in a task reported via gather.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    await q.put(5)
    print("put 5, qsize", q.qsize())
    try:
        await q.put({"a": 1})
    except TypeError as e:
        print("await put dict:", type(e).__name__, "-", e)
    print("qsize after failed put:", q.qsize())

    try:
        q.put_nowait({"b": 2})
    except TypeError as e:
        print("put_nowait dict:", type(e).__name__, "-", e)
    print("qsize:", q.qsize())

    try:
        await q.put("text")
    except TypeError as e:
        print("await put str:", type(e).__name__, "-", e)

    print("--- tuples with equal priority and uncomparable payloads")
    q = asyncio.PriorityQueue()
    await q.put((1, {"x": 1}))
    await q.put((2, {"y": 2}))
    print("distinct priorities ok, qsize", q.qsize())
    try:
        await q.put((1, {"z": 3}))
    except TypeError as e:
        print("equal priority:", type(e).__name__, "-", e)
    print("qsize:", q.qsize())
    print("get ->", await q.get())
    print("get ->", await q.get())
    print("qsize:", q.qsize())

    print("--- the failure in a task, reported by gather(return_exceptions=True)")
    q = asyncio.PriorityQueue(maxsize=3)

    async def putter(item):
        print("putter: put", item)
        await q.put(item)
        print("putter: ok", item)
        return item

    res = await asyncio.gather(putter(3), putter(None), putter(1), return_exceptions=True)
    for r in res:
        if isinstance(r, BaseException):
            print("  error:", type(r).__name__, "-", r)
        else:
            print("  value:", r)
    print("qsize:", q.qsize(), "full:", q.full())
    try:
        print("items:", [q.get_nowait() for _ in range(3)])
    except TypeError as e:
        print("get_nowait:", type(e).__name__, "-", e)
    print("qsize:", q.qsize())

    print("--- failure in a put that had to wait for room")
    q = asyncio.PriorityQueue(maxsize=2)
    await q.put(20)
    await q.put(10)

    async def late_putter():
        print("late_putter: waiting to put a list")
        try:
            await q.put([1, 2])
        except TypeError as e:
            print("late_putter:", type(e).__name__, "-", e)
            return "failed"
        return "ok"

    t = asyncio.create_task(late_putter())
    await asyncio.sleep(0)
    print("main: get ->", await q.get(), "qsize", q.qsize())
    print("late_putter ->", await t, "qsize", q.qsize())
    try:
        print("get ->", await q.get())
    except TypeError as e:
        print("get after failed put:", type(e).__name__, "-", e)
    print("qsize", q.qsize(), "full", q.full())

    print("--- uncomparable custom objects")

    class Job:
        def __init__(self, n):
            self.n = n

        def __repr__(self):
            return f"Job({self.n})"

    q = asyncio.PriorityQueue()
    await q.put(Job(1))
    print("first job stored:", q.qsize())
    try:
        await q.put(Job(2))
    except TypeError as e:
        print("Job vs Job:", type(e).__name__, "-", e)

    class OrderedJob(Job):
        def __lt__(self, other):
            print(f"  compare {self} < {other}")
            return self.n < other.n

    q = asyncio.PriorityQueue()
    for n in [3, 1, 2]:
        await q.put(OrderedJob(n))
    print("ordered:", [await q.get() for _ in range(3)])


asyncio.run(main())
