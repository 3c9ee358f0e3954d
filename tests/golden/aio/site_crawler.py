"""A fake site crawler: Semaphore limits, a Lock-protected index, an Event for shutdown,
gather(return_exceptions=True), as_completed and wait(FIRST_COMPLETED)."""
import asyncio
import sys

SITE = {
    "/": (0.03, ["/about", "/blog", "/shop"]),
    "/about": (0.02, ["/", "/team"]),
    "/blog": (0.06, ["/blog/1", "/blog/2", "/missing"]),
    "/shop": (0.09, ["/shop/cart", "/"]),
    "/team": (0.1, []),
    "/blog/1": (0.1, ["/blog"]),
    "/blog/2": (0.11, ["/blog", "/slow"]),
    "/shop/cart": (0.11, ["/checkout"]),
    "/checkout": (0.03, []),
    "/slow": (0.5, []),
}


class NotFound(Exception):
    pass


class Crawler:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.lock = asyncio.Lock()
        self.seen = set()
        self.index = {}
        self.errors = []
        self.active = 0
        self.peak = 0
        self.stop = asyncio.Event()

    async def fetch(self, path):
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                if path not in SITE:
                    await asyncio.sleep(0.015)
                    raise NotFound(path)
                delay, links = SITE[path]
                await asyncio.sleep(delay)
                return links
            finally:
                self.active -= 1

    async def visit(self, path, depth):
        if self.stop.is_set():
            return
        async with self.lock:
            if path in self.seen:
                return
            self.seen.add(path)
        try:
            links = await asyncio.wait_for(self.fetch(path), timeout=0.3)
        except NotFound as e:
            self.errors.append(f"404 {e}")
            return
        except TimeoutError:
            self.errors.append(f"timeout {path}")
            return
        async with self.lock:
            self.index[path] = len(links)
        print(f"{'  ' * depth}{path} ({len(links)} links)")
        if path == "/checkout":
            print("found checkout, stopping crawl")
            self.stop.set()
        if depth < 3:
            await asyncio.gather(*(self.visit(link, depth + 1) for link in links))


async def probe(path, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionResetError(path)
    return path


async def main():
    c = Crawler(limit=2)
    await c.visit("/", 0)
    print("indexed:", sorted(c.index.items()))
    print("errors:", c.errors, "peak concurrency:", c.peak, "stopped:", c.stop.is_set())

    results = await asyncio.gather(probe("/a", 0.03), probe("/b", 0.01, fail=True), probe("/c", 0.05),
                                   return_exceptions=True)
    print("gather:", [r if isinstance(r, str) else f"{type(r).__name__}({r})" for r in results])

    order = []
    for fut in asyncio.as_completed([probe("/x", 0.09), probe("/y", 0.01), probe("/z", 0.05)]):
        order.append(await fut)
    print("as_completed:", order)

    tasks = {asyncio.create_task(probe(p, d), name=p) for p, d in [("/p", 0.16), ("/q", 0.02), ("/r", 0.08)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", [t.result() for t in done], "pending:", sorted(t.get_name() for t in pending))
    done2, pending2 = await asyncio.wait(pending, timeout=0.1)
    print("after timeout:", sorted(t.get_name() for t in done2), sorted(t.get_name() for t in pending2))
    for t in pending2:
        t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", [t.cancelled() for t in pending2])

    bad = [t for t in [asyncio.create_task(probe("/e1", 0.01, True)), asyncio.create_task(probe("/e2", 0.06))]]
    done3, _ = await asyncio.wait(bad, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", [repr(t.exception()) for t in done3])
    await asyncio.sleep(0.1)
    return len(c.errors)


code = asyncio.run(main())
print("exit code", code)
sys.exit(code)
