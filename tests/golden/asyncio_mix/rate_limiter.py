import asyncio


class RateLimiter:
    """Token bucket driven by explicit refill ticks (deterministic)."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.tokens = capacity
        self.cond = asyncio.Event()
        self.log = []

    async def acquire(self, who):
        while self.tokens == 0:
            self.cond.clear()
            await self.cond.wait()
        self.tokens -= 1
        self.log.append(who)

    def refill(self, n):
        self.tokens = min(self.capacity, self.tokens + n)
        self.cond.set()


async def client(name, limiter, n, delay):
    got = []
    for i in range(n):
        await asyncio.sleep(delay)
        await limiter.acquire(f"{name}{i}")
        got.append(i)
    return name, got


async def ticker(limiter, ticks):
    for t in range(ticks):
        await asyncio.sleep(0.4)
        limiter.refill(2)
        print(f"tick {t}: tokens={limiter.tokens}")


async def main():
    limiter = RateLimiter(3)
    tick = asyncio.create_task(ticker(limiter, 4))
    results = await asyncio.gather(client("a", limiter, 3, 0.08), client("b", limiter, 3, 0.2), client("c", limiter, 2, 0.32))
    # (deadlines at least 40 ms apart, so that a loaded machine cannot reorder them)
    print(results)
    print(limiter.log[:3], len(limiter.log))
    tick.cancel()
    try:
        await tick
    except asyncio.CancelledError:
        print("ticker cancelled", tick.cancelled())
    sem = asyncio.Semaphore(2)
    active = []

    async def job(i):
        async with sem:
            active.append(i)
            print(f"job {i} start, active={len(active)}")
            await asyncio.sleep(0.04 * (i + 1))
            active.remove(i)
        return i * i

    print(await asyncio.gather(*(job(i) for i in range(4))))
    print(sem.locked(), repr(asyncio.BoundedSemaphore(1).release()) if False else "")
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    bs.release()

asyncio.run(main())
