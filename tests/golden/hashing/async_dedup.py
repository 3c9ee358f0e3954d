# A crawler's visited set, filled by concurrent tasks: the printed sets follow CPython's order.
import asyncio


async def fetch(page, delay):
    await asyncio.sleep(delay)
    return {page * 3 % 50, page * 7 % 50, page + 40}


async def crawl(start):
    visited = set()
    frontier = {start}
    rounds = 0
    while frontier and rounds < 4:
        results = await asyncio.gather(*(fetch(p, 0.001 * (p % 3)) for p in sorted(frontier)))
        visited |= frontier
        found = set().union(*results)
        frontier = found - visited
        print("round", rounds, "frontier", frontier)
        rounds += 1
    return visited


async def main():
    visited = await crawl(1)
    print(visited)
    print(len(visited), min(visited), max(visited))
    done, pending = await asyncio.wait([asyncio.create_task(fetch(i, 0)) for i in (5, 9)])
    print(len(done), len(pending), {frozenset(t.result()) for t in done} == {frozenset(fetch_sync(i)) for i in (5, 9)})


def fetch_sync(page):
    return {page * 3 % 50, page * 7 % 50, page + 40}


asyncio.run(main())
