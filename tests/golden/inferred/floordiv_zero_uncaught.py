# Float floor division: many typed results, then an uncaught float // 0.0 in a nested call.
import asyncio
import math


def buckets(width):
    lo = -2.75
    hi = 3.25
    out = []
    v = lo
    while v <= hi:
        idx = v // width
        out.append((v, idx, math.copysign(1.0, idx)))
        v += 0.5
    return out


def scale(total_in, parts_in):
    total = float(total_in)
    parts = float(parts_in)
    share = total // parts
    rest = total - share * parts
    print("scale", total, parts, share, rest, f"{share:.1f}|{rest:8.3f}")
    return share


def steps(stop):
    v = 0.0
    while v < stop:
        yield v // 0.4, -v // 0.4
        v += 0.3


async def stage(total, parts):
    before = total * 2.0
    await asyncio.sleep(0)
    after = before // 3.0
    await asyncio.sleep(0)
    print("stage", before, after, after // 0.5, -after // 0.5)
    return scale(total, parts)


async def main():
    for row in buckets(1.5):
        print(row)
    print(buckets(-0.75)[:4])
    print(list(steps(1.5)))
    t = 10.0
    t //= 3.0
    print("t", t)
    t //= -0.4
    print("t", t)
    s = await stage(9.5, 2.0)
    s2 = await stage(-9.5, 4.0)
    print("shares", s, s2, s + s2)
    parts = s - s
    print("parts", parts)
    await stage(100.0, parts)


asyncio.run(main())
