"""Semaphore-limited fetches, an Event-gated start, a Lock-protected counter and wait_for timeouts."""
import asyncio

LATENCY = {"a": 120, "b": 40, "c": 200, "d": 80, "e": 800, "f": 160}


class Stats:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.active = 0
        self.peak = 0
        self.done: list[str] = []

    async def enter(self):
        async with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)

    async def leave(self, name):
        async with self.lock:
            self.active -= 1
            self.done.append(name)


async def fetch(name, sem: asyncio.Semaphore, start: asyncio.Event, stats: Stats):
    await start.wait()
    async with sem:
        await stats.enter()
        print(f"  start {name} (locked={sem.locked()})")
        try:
            await asyncio.sleep(LATENCY[name] / 1000)
            return f"{name}:{LATENCY[name]}ms"
        finally:
            await stats.leave(name)
            print(f"  end {name}")


async def with_timeout(coro, seconds):
    try:
        return await asyncio.wait_for(coro, seconds)
    except asyncio.TimeoutError:
        return "timeout"


async def main():
    sem = asyncio.Semaphore(2)
    start = asyncio.Event()
    stats = Stats()
    tasks = {n: asyncio.create_task(with_timeout(fetch(n, sem, start, stats), 0.5)) for n in LATENCY}
    await asyncio.sleep(0.01)
    print("event set?", start.is_set(), "| tasks pending:", sum(not t.done() for t in tasks.values()))
    start.set()
    results = {n: await t for n, t in tasks.items()}
    print("results:", results)
    print("peak concurrency:", stats.peak, "| finish order:", stats.done)
    start.clear()
    print("cleared:", start.is_set())

    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print("bounded locked:", bounded.locked())
    try:
        bounded.release()
    except ValueError as e:
        print("bounded release:", e)

    lock = asyncio.Lock()
    order = []

    async def critical(i):
        async with lock:
            order.append(f"in{i}")
            await asyncio.sleep(0.01)
            order.append(f"out{i}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print("lock order:", order)
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)

    async def slow():
        await asyncio.sleep(1)

    await asyncio.wait_for(slow(), timeout=0.02)


asyncio.run(main())
