# time's clocks move forward and agree with each other; time.sleep inside and outside asyncio.
import asyncio
import time

t0, m0, p0, n0 = time.time(), time.monotonic(), time.perf_counter(), time.monotonic_ns()
time.sleep(0.01)
print(time.time() >= t0, time.monotonic() - m0 >= 0.009, time.perf_counter() > p0, time.monotonic_ns() > n0)
print(type(time.time_ns()).__name__, abs(time.time_ns() / 1e9 - time.time()) < 1)


async def main():
    start = time.monotonic()
    await asyncio.sleep(0.02)
    print("slept enough:", time.monotonic() - start >= 0.019)


asyncio.run(main())
