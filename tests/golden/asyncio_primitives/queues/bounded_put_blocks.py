# A bounded LifoQueue and PriorityQueue: put() blocks when full until a get() frees a slot;
# the order in which blocked putters resume and what the consumer sees.
import asyncio


async def putter(q, name, item, log):
    log.append(f"{name} putting {item!r} (full={q.full()})")
    await q.put(item)
    log.append(f"{name} put {item!r} -> {q}")


async def drain(q, log, n):
    for _ in range(n):
        item = await q.get()
        log.append(f"got {item!r} -> {q}")
        await asyncio.sleep(0)


async def run(q, items):
    log = []
    print(type(q).__name__, "maxsize", q.maxsize)
    putters = [asyncio.create_task(putter(q, f"p{i}", it, log)) for i, it in enumerate(items)]
    for _ in range(3):
        await asyncio.sleep(0)
    log.append(f"blocked: qsize={q.qsize()} full={q.full()}")
    await drain(q, log, len(items))
    await asyncio.gather(*putters)
    for line in log:
        print(" ", line)
    print("  empty at end:", q.empty())


async def main():
    await run(asyncio.LifoQueue(2), ["a", "b", "c", "d"])
    await run(asyncio.PriorityQueue(2), [5, 3, 8, 1, 4])
    await run(asyncio.Queue(1), ["x", "y", "z"])


asyncio.run(main())
