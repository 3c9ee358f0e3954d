import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    for _ in range(2):
        await q.put(None)

async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.001)
        results.append((name, item * item))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    await producer(q, 5)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(results))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty queue raises QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("full queue raises QueueFull", full.full())

asyncio.run(main())
