# wait_for timeouts on Queue.get, task cancellation bookkeeping, Queue.join/task_done, put_nowait errors.
import asyncio


async def slow_producer(q: asyncio.Queue, items: list) -> None:
    for i, item in enumerate(items):
        for _ in range(i * 3):
            await asyncio.sleep(0)
        await q.put(item)
        print("put", item, "qsize", q.qsize())


async def consumer(q: asyncio.Queue, seen: list) -> None:
    while True:
        item = await q.get()
        seen.append(item)
        q.task_done()


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    try:
        q.put_nowait("second")
    except asyncio.QueueFull:
        print("QueueFull", q.full(), q.qsize(), q.maxsize)
    print(q.get_nowait(), q.empty())
    q.task_done()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(asyncio.sleep(0, result="quick"), timeout=5))
    seen: list = []
    cons = asyncio.create_task(consumer(q, seen))
    await slow_producer(q, ["a", "b", "c"])
    await q.join()
    print("joined", seen, q.empty())
    cons.cancel()
    try:
        await cons
    except asyncio.CancelledError:
        print("consumer cancelled", cons.cancelled(), cons.done())
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q2: asyncio.Queue = asyncio.Queue()
    for v in [3, 1, 2]:
        q2.put_nowait((v, f"p{v}"))
    print([q2.get_nowait() for _ in range(3)], q2.qsize(), q2.maxsize, q2.full())

asyncio.run(main())
