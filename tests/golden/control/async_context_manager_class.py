import asyncio
import time

class RateLimiter:
    def __init__(self, rate):
        self.sem = asyncio.Semaphore(rate)
        self.calls = 0

    async def __aenter__(self):
        await self.sem.acquire()
        self.calls += 1
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.sem.release()
        return False

async def fetch(limiter, i):
    async with limiter as lim:
        await asyncio.sleep(0.001)
        return i * i, lim.calls

async def main():
    limiter = RateLimiter(3)
    results = await asyncio.gather(*(fetch(limiter, i) for i in range(6)))
    print(results)
    print("calls", limiter.calls)

if __name__ == "__main__":
    t0 = time.time()
    asyncio.run(main())
    print("took less than 5s:", time.time() - t0 < 5)
