# Unpacking in async job dispatch: star-assignment, nested tuple targets in for loops,
# *args/**kwargs forwarding through create_task, unpacking errors caught, and a task called
# without a required keyword-only argument failing uncaught (exit 1).
import asyncio


async def job(name, *steps, retries=1, tag):
    for _ in steps:
        await asyncio.sleep(0)
    return f"{tag}/{name}: {len(steps)} steps x{retries}"


async def forward(fn, *args, **kwargs):
    print(f"  forwarding {len(args)} args, {sorted(kwargs)}")
    return await fn(*args, **kwargs)


async def main():
    specs = [
        (("build", 1, 2, 3), {"tag": "ci"}),
        (("test",), {"tag": "ci", "retries": 3}),
        (("deploy", "eu", "us"), {"tag": "cd"}),
    ]
    tasks = [asyncio.create_task(forward(job, *a, **kw)) for a, kw in specs]
    print(await asyncio.gather(*tasks))
    first, *middle, last = [t.result() for t in tasks]
    print(first, "|", middle, "|", last)
    table = [("eu", (3, 4)), ("us", (5, 12)), ("ap", (8, 15))]
    for region, (a, b) in table:
        print(region, (a * a + b * b) ** 0.5)
    (x, y), [z, *rest] = "ab", range(4)
    print(x, y, z, rest)
    head, *_ = "only"
    *_, tail = [1]
    print(head, tail)
    for bad in ["abc", "a", [1, 2, 3, 4]]:
        try:
            p, q = bad
        except ValueError as e:
            print("ValueError:", e)
    try:
        a, b, *c, d = (1, 2)
    except ValueError as e:
        print("ValueError:", e)
    merged = {**{"tag": "x"}, **dict(retries=2)}
    print(await job("merge", *range(3), **merged))
    print(await asyncio.create_task(job("broken", 1, 2)))


asyncio.run(main())
