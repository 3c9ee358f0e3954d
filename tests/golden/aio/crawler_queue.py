"""Simulated web crawler: a Queue of URLs, worker tasks, a Semaphore per host, join() and shutdown."""
import asyncio
from dataclasses import dataclass, field
from typing import Optional

SITE: dict[str, list[str]] = {
    "a.com/": ["a.com/docs", "a.com/blog", "b.org/"],
    "a.com/docs": ["a.com/docs/api", "a.com/"],
    "a.com/blog": ["a.com/blog/1", "a.com/blog/2"],
    "a.com/blog/1": ["b.org/about"],
    "a.com/blog/2": [],
    "a.com/docs/api": ["a.com/missing"],
    "b.org/": ["b.org/about", "c.net/"],
    "b.org/about": [],
    "c.net/": ["c.net/slow"],
    "c.net/slow": [],
}
LATENCY = {"a.com": 0.02, "b.org": 0.05, "c.net": 0.09}


class FetchError(Exception):
    pass


@dataclass
class Stats:
    fetched: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    per_worker: dict[str, int] = field(default_factory=dict)


async def fetch(url: str, limits: dict[str, asyncio.Semaphore]) -> list[str]:
    host = url.split("/", 1)[0]
    async with limits[host]:
        await asyncio.sleep(LATENCY[host])
        if url not in SITE:
            raise FetchError(f"404 {url}")
        if url.endswith("slow"):
            await asyncio.sleep(1)
        return SITE[url]


async def worker(name: str, queue: "asyncio.Queue[Optional[str]]", seen: set[str],
                 limits: dict[str, asyncio.Semaphore], stats: Stats) -> None:
    while True:
        url = await queue.get()
        try:
            if url is None:
                return
            links = await asyncio.wait_for(fetch(url, limits), timeout=0.3)
            stats.fetched.append(url)
            stats.per_worker[name] = stats.per_worker.get(name, 0) + 1
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        except FetchError as e:
            stats.failed[url] = str(e)
        except asyncio.TimeoutError:
            stats.failed[url] = "timeout"
        finally:
            queue.task_done()


async def crawl(start: str, n_workers: int = 3) -> Stats:
    queue: asyncio.Queue[Optional[str]] = asyncio.Queue()
    limits = {h: asyncio.Semaphore(1) for h in LATENCY}
    stats = Stats()
    seen = {start}
    queue.put_nowait(start)
    workers = [asyncio.create_task(worker(f"w{i}", queue, seen, limits, stats), name=f"w{i}")
               for i in range(n_workers)]
    await queue.join()
    print(f"queue drained: empty={queue.empty()} qsize={queue.qsize()} unfinished={queue._unfinished_tasks}")
    for _ in workers:
        queue.put_nowait(None)
    results = await asyncio.gather(*workers)
    print("workers returned", results, [w.done() for w in workers])
    return stats


async def main() -> None:
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    stats = await crawl("a.com/")
    elapsed = loop.time() - t0
    print("fetched", len(stats.fetched), "pages:")
    for url in sorted(stats.fetched):
        print("   ", url)
    print("failed:", dict(sorted(stats.failed.items())))
    print("total work:", sum(stats.per_worker.values()), "in under a second:", elapsed < 1.0)
    q: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull raised", q.full(), q.maxsize)
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    q.task_done()
    q.task_done()


asyncio.run(main())
