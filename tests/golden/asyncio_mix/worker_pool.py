import asyncio


async def worker(name, queue, results):
    while True:
        job = await queue.get()
        try:
            if job["n"] < 0:
                raise ValueError(f"bad job {job['id']}")
            await asyncio.sleep(job["n"] * 0.04)
            results.append((job["id"], name, job["n"] ** 2))
            print(f"{name} did job {job['id']}")
        except ValueError as e:
            print(f"{name} failed: {e}")
            results.append((job["id"], name, None))
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results), name=f"worker-{i}") for i in range(3)]
    jobs = [{"id": i, "n": n} for i, n in enumerate([3, 1, 4, -1, 5, 2, 6])]
    for job in jobs:
        await queue.put(job)
        print(f"queued {job['id']} (size {queue.qsize()}, full={queue.full()})")
    await queue.join()
    print("all done", queue.empty())
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome], [w.get_name() for w in workers])
    print(sorted(results))
    print({name: sum(1 for _, n, _ in results if n == name) for name in ("w0", "w1", "w2")})
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty queue")
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("full queue", q2.qsize(), q2.maxsize)
    try:
        await asyncio.wait_for(q.get(), timeout=0.02)
    except asyncio.TimeoutError:
        print("get timed out")
    q.task_done()

asyncio.run(main())
