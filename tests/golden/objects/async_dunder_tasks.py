# Tests user objects with dunders passed through tasks, gather and awaited results.
import asyncio


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2


async def make(i, delay):
    await asyncio.sleep(delay)
    print("made", i)
    return Vec(i, i * i)


async def combine(a, b):
    await asyncio.sleep(0)
    return a + b


async def main():
    vs = await asyncio.gather(make(3, 0.08), make(1, 0.04), make(2, 0))
    print(vs, sorted(vs), len(vs[0]))
    total = Vec(0, 0)
    for v in vs:
        total = total + v
    print(total, total == Vec(6, 14), total in vs)
    t = asyncio.create_task(combine(vs[0], vs[1]))
    r = await t
    print(r, t.result() == Vec(4, 10), {r: "key"}[Vec(4, 10)])
    seen = set()
    for v in vs + [Vec(1, 1), Vec(3, 9)]:
        seen.add(v)
    print(len(seen), sorted(seen))
    results = await asyncio.gather(*[combine(v, v) for v in vs])
    print(results, max(results), min(results))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(Vec(9, 9))
    print(await fut == Vec(9, 9))


asyncio.run(main())
