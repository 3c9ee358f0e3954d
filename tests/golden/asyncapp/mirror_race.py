"""Race downloads from several mirrors: take the first to finish with as_completed, then drain a work queue."""
import asyncio

MIRRORS = {"eu-west": 0.09, "us-east": 0.02, "ap-south": 0.13, "sa-east": 0.17}


async def fetch(mirror: str, delay: float, log: list[str]) -> str:
    try:
        await asyncio.sleep(delay)
        log.append(f"{mirror} delivered")
        return f"payload from {mirror}"
    except asyncio.CancelledError:
        log.append(f"{mirror} aborted")
        raise


async def race(log: list[str]) -> str:
    tasks = [asyncio.create_task(fetch(m, d, log), name=m) for m, d in MIRRORS.items()]
    completed = asyncio.as_completed(tasks)
    first = await next(completed)
    for t in tasks:
        if not t.done():
            t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return first


async def ranked(log: list[str]) -> list[str]:
    order = []
    for fut in asyncio.as_completed([fetch(m, d, log) for m, d in MIRRORS.items()]):
        order.append((await fut).split()[-1])
    return order


async def drain(queue: asyncio.Queue) -> list[str]:
    items = []
    while True:
        try:
            items.append(queue.get_nowait())
        except asyncio.QueueEmpty:
            return items


async def main() -> None:
    log: list[str] = []
    print("winner:", await race(log))
    for line in log:
        print("  ", line)
    log.clear()
    print("ranking:", await ranked(log))
    q: asyncio.Queue[str] = asyncio.Queue()
    for m in sorted(MIRRORS):
        q.put_nowait(m)
    print("drained:", await drain(q))
    print("queue empty:", q.empty(), "size:", q.qsize())
    leftover = q.get_nowait()
    print("unreachable", leftover)


asyncio.run(main())
