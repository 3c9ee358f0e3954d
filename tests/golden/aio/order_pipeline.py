"""Producer/consumer order pipeline: bounded Queue, named workers, sentinels, join and task_done."""
import asyncio

SENTINEL = None


class Stats:
    def __init__(self):
        self.handled = {}
        self.failed = []
        self.max_depth = 0


async def producer(name, q, orders, stats, gap):
    for i, order in enumerate(orders):
        await asyncio.sleep(gap)
        await q.put((name, i, order))
        stats.max_depth = max(stats.max_depth, q.qsize())
        print(f"{name}: queued {order!r} (depth {q.qsize()}{', full' if q.full() else ''})")
    print(f"{name}: done")


async def worker(q, results, stats, speed):
    me = asyncio.current_task().get_name()
    while True:
        item = await q.get()
        try:
            if item is SENTINEL:
                print(f"{me}: stopping")
                return me
            src, idx, order = item
            await asyncio.sleep(speed * len(order["items"]))
            if order["qty"] <= 0:
                raise ValueError(f"order {src}#{idx} has qty {order['qty']}")
            total = order["qty"] * sum(order["items"].values())
            results.append((src, idx, total))
            stats.handled[me] = stats.handled.get(me, 0) + 1
            print(f"{me}: {src}#{idx} -> {total}")
        except ValueError as e:
            stats.failed.append(str(e))
            print(f"{me}: rejected ({e})")
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    stats = Stats()
    results = []
    web = [{"qty": 1, "items": {"pen": 2}}, {"qty": 3, "items": {"ink": 5, "pad": 4}},
           {"qty": 0, "items": {"pen": 2}}, {"qty": 2, "items": {"cap": 1}}]
    shop = [{"qty": 5, "items": {"pad": 4}}, {"qty": 1, "items": {"pen": 2, "ink": 5, "cap": 1}}]
    workers = [asyncio.create_task(worker(q, results, stats, speed), name=f"worker-{n}")
               for n, speed in (("a", 0.225), ("b", 0.3625))]
    producers = [asyncio.create_task(producer("web", q, web, stats, 0.1)),
                 asyncio.create_task(producer("shop", q, shop, stats, 0.175))]
    print("tasks:", sorted(t.get_name() for t in workers))
    await asyncio.gather(*producers)
    print("producers finished, unfinished work:", q.qsize())
    await q.join()
    print("queue drained")
    for _ in workers:
        q.put_nowait(SENTINEL)
    stopped = await asyncio.gather(*workers)
    print("stopped:", stopped)
    print("results:", sorted(results))
    print("handled:", dict(sorted(stats.handled.items())), "failed:", stats.failed)
    print("max depth:", stats.max_depth, "empty:", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty as expected")
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull as expected", small.maxsize)
    grand = sum(t for _, _, t in results)
    print(f"grand total {grand}")
    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for n in (3, 1, 2):
        lifo.put_nowait(n)
        prio.put_nowait((n, f"job{n}"))
    print([lifo.get_nowait() for _ in range(3)], [prio.get_nowait()[1] for _ in range(3)])
    if stats.failed:
        raise RuntimeError(f"{len(stats.failed)} order(s) rejected")


asyncio.run(main())
