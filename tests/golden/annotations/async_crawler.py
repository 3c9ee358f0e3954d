# An asyncio crawler simulation with type hints everywhere.
import asyncio
from typing import Optional

SITE: dict[str, list[str]] = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2"],
    "/blog/2": [],
    "/shop": ["/shop/cart", "/missing"],
    "/shop/cart": ["/"],
    "/team": [],
}


async def fetch(path: str) -> Optional[list[str]]:
    await asyncio.sleep(0)
    return SITE.get(path)


async def worker(name: str, queue: "asyncio.Queue[str]", seen: set[str], log: list[str]) -> int:
    handled: int = 0
    while True:
        path: str = await queue.get()
        links = await fetch(path)
        if links is None:
            log.append(f"{name} 404 {path}")
        else:
            log.append(f"{name} ok {path} ({len(links)} links)")
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        handled += 1
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()
    seen: set[str] = {"/"}
    log: list[str] = []
    queue.put_nowait("/")
    workers: list[asyncio.Task[int]] = [
        asyncio.create_task(worker(f"w{i}", queue, seen, log)) for i in range(3)
    ]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for line in log:
        print(line)
    print("visited", len(log), sorted(seen))


asyncio.run(main())
