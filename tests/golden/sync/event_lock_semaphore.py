import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "released")

async def guarded(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.001)
        log.append(f"{name} out")

async def limited(sem, name, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.002)
        active[0] -= 1
    return name

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("a", "b")]
    await asyncio.sleep(0.001)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(guarded(lock, n, log) for n in "xyz"))
    print(log, lock.locked())
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    print(await asyncio.gather(*(limited(sem, i, active, peak) for i in range(5))), "peak", peak[0])
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("bounded:", e)
    try:
        asyncio.Lock().release()
    except RuntimeError as e:
        print("lock:", e)

asyncio.run(main())
