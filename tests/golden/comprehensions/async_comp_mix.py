# Comprehensions over gathered task results, await inside comprehensions, dict/set comps with keys
# built from tuples, and nested generator expressions feeding asyncio.gather.
import asyncio


async def score(name: str, base: int) -> tuple:
    await asyncio.sleep(0)
    return name, base * len(name)


async def double(v: int) -> int:
    await asyncio.sleep(0)
    return v * 2


async def main() -> None:
    names = ["ann", "bartholomew", "cy", "dee"]
    results = await asyncio.gather(*(score(n, i + 1) for i, n in enumerate(names)))
    print(results)
    table = {n: s for n, s in results if s > 3}
    print(table, sorted(table, key=table.get, reverse=True))
    doubled = [await double(v) for v in range(4)]
    print(doubled, [await double(v) for v in doubled if v], {v: await double(v) for v in (1, 2)})
    grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
    print(grid, sum(v for (r, c), v in grid.items() if r == c))
    by_len: dict = {}
    for n, s in results:
        by_len.setdefault(len(n), []).append(s)
    print(by_len, {k: max(v) for k, v in sorted(by_len.items())})
    pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
    print(pairs, [[b for b in range(a)] for a in range(4)])
    flat = await asyncio.gather(*[double(x) for row in [[1, 2], [3]] for x in row])
    print(flat, {x % 4 for x in flat}, any(x > 5 for x in flat))
    tasks = {n: asyncio.create_task(score(n, 2)) for n in names[:2]}
    await asyncio.gather(*tasks.values())
    print({k: t.result()[1] for k, t in tasks.items()})


asyncio.run(main())
