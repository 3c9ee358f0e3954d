"""Offload CPU-bound checksum work to the default executor while the loop keeps ticking."""
import asyncio
import time


def checksum(data: bytes, rounds: int) -> int:
    h = 0
    for _ in range(rounds):
        for b in data:
            h = (h * 31 + b) & 0xFFFFFFFF
    return h


async def heartbeat(stop: asyncio.Event) -> int:
    beats = 0
    while not stop.is_set():
        beats += 1
        await asyncio.sleep(0.001)
    return beats


async def main() -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    hb = asyncio.create_task(heartbeat(stop))
    started = time.perf_counter()
    results = {}
    for name, payload in [("alpha", b"hello world"), ("beta", b"asyncio" * 10), ("gamma", b"")]:
        results[name] = await loop.run_in_executor(None, checksum, payload, 200)
        print(f"{name:<6} {results[name]:>10} {results[name]:#010x}")
    stop.set()
    beats = await hb
    elapsed = time.perf_counter() - started
    print("heartbeat kept running:", beats > 0, "| elapsed is positive:", elapsed > 0)
    print(sorted(results, key=results.__getitem__))


asyncio.run(main())
