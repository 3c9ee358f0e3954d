import asyncio
from asyncio import sleep, gather, create_task

RESULTS = []

async def stage(name: str, delay: float, value: int) -> int:
    await sleep(delay)
    RESULTS.append(name)
    return value

async def pipeline(n):
    a = await stage(f"a{n}", 0.001, n)
    b, c = await gather(stage(f"b{n}", 0.04, a + 1), stage(f"c{n}", 0.001, a + 2))
    return a + b + c

async def main() -> None:
    totals = await gather(*(pipeline(i) for i in range(3)))
    print("totals:", totals)
    print("order:", RESULTS)
    task = create_task(stage("late", 0.01, 99))
    print("pending:", not task.done())
    print("value:", await task)
    print(f"{'name':>6}|{'value':<6}|")
    for i, t in enumerate(totals, start=1):
        print(f"{i:>6}|{t:<6}|")
    data = {"x": [1, 2, 3], "y": (4, 5)}
    print(data, data["x"][-1], data["y"][0])
    text = "  padded  "
    print(repr(text.strip()), text.split(), "abc"[::-1], "a,b,,c".split(","))
    nums = list(range(10))
    print(nums[2:8:2], nums[-3:], nums[:-7], len(nums), nums.index(4), nums.count(3))
    x = None
    print(x is None, x is not None, not x, bool([]), bool("0"))
    print(int("  -12 "), float("1e3"), str(1.0), str(10**20), 7 // 2 * 2 + 7 % 2)

asyncio.run(main())
