# TaskGroup failures collected into an ExceptionGroup; notes added per task; handled with split/subgroup.
import asyncio


class FetchError(Exception):
    def __init__(self, url, code):
        super().__init__(f"{url} -> {code}")
        self.url = url
        self.code = code


async def fetch(url: str, delay: int) -> str:
    for _ in range(delay):
        await asyncio.sleep(0)
    try:
        if "bad" in url:
            raise FetchError(url, 500)
        if "slow" in url:
            raise TimeoutError(url)
        return url.upper()
    except Exception as e:
        e.add_note(f"task fetching {url} after {delay} ticks")
        raise


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(u, d)) for u, d in [("ok1", 1), ("bad1", 2), ("slow", 2), ("bad2", 2)]]
    except ExceptionGroup as eg:
        print("group:", eg.message, len(eg.exceptions))
        g, rest = eg.split(FetchError)
        for e in sorted(g.exceptions, key=lambda e: e.url):
            print("fetch failed:", e, e.code, e.__notes__)
        g = rest.subgroup(TimeoutError)
        print("timeouts:", [str(e) for e in g.exceptions], g.exceptions[0].__notes__)
    print([t.done() for t in tasks], [t.cancelled() for t in tasks])
    print(tasks[0].result())
    results = await asyncio.gather(fetch("a", 0), fetch("bad3", 1), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r, getattr(r, "__notes__", None))
    err = ValueError("base")
    for i in range(3):
        err.add_note(f"note {i}")
    print(err.__notes__)
    try:
        err.add_note(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
