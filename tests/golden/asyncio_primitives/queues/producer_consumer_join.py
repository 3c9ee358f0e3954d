# Producers and consumers with join: consumers loop forever and call task_done, main joins
# the queue then cancels the consumers; PriorityQueue, LifoQueue and Queue in turn.
import asyncio


async def producer(q, name, items):
    for it in items:
        await q.put(it)
        print(f"  {name} put {it!r}")
        await asyncio.sleep(0)


async def consumer(q, name, seen):
    try:
        while True:
            item = await q.get()
            seen.append((name, item))
            await asyncio.sleep(0)
            q.task_done()
    except asyncio.CancelledError:
        print(f"  {name} cancelled with {len([s for s in seen if s[0] == name])} items")
        raise


async def run(q):
    print(type(q).__name__)
    seen = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", seen)) for i in range(2)]
    await asyncio.gather(producer(q, "A", [(3, "a"), (1, "b"), (2, "c")]),
                         producer(q, "B", [(0, "x"), (5, "y")]))
    await q.join()
    print("  joined, qsize =", q.qsize(), str(q))
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print("  consumer results:", [type(r).__name__ for r in res])
    print("  seen:", seen)


async def main():
    await run(asyncio.PriorityQueue(2))
    await run(asyncio.LifoQueue(3))
    await run(asyncio.Queue())


asyncio.run(main())
