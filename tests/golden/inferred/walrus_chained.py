# Walrus with floats, chained assignment a = b = 0.0, chained comparisons of floats.
import asyncio


calls = []


def mid(v):
    calls.append(v)
    return v


def walrus_loops():
    x = 100.0
    while (x := x / 3.0) > 1.0:
        print("x", x)
    print("exit x", x, repr(x))
    total = 0.0
    n = 0
    while (step := 1.0 / (n + 1)) > 0.2:
        total += step
        n += 1
    print("total", total, "step", step, "n", n)
    if (r := total * 2.0) > 4.0:
        print("big", r)
    else:
        print("small", r)
    vals = [y for i in range(5) if (y := i * 0.75) >= 1.0]
    print(vals, "leaked y", y)
    print((z := -0.0), z, (w := z * -1.0) == z, w)
    return x


def chained_assign():
    a = b = 0.0
    a += 1.5
    print(a, b)
    c = d = e = -2.25
    d *= 2.0
    e = c - d
    print(c, d, e)
    p = q = 1.0 / 3.0
    p = p * 3.0
    print(p, q, p == q * 3.0)
    s = t = 7.0
    s //= 2.0
    t %= 2.0
    print(s, t)
    return a + b + c + d + e


def chains(a, b, c):
    fa, fb, fc = float(a), float(b), float(c)
    r1 = fa < fb < fc
    r2 = fa <= fb <= fc
    r3 = fa < fb > fc
    r4 = fa == fb == fc
    r5 = fa != fb != fc
    r6 = fa < mid(fb) < fc
    print(a, b, c, r1, r2, r3, r4, r5, r6, fa < fb < fc < 100.0)
    return r1


def shrink(v0):
    v = float(v0)
    while (v := v * 0.5) > 0.3:
        lo = hi = v
        yield lo - 0.1 < v <= hi < v + 0.1, v
    yield v


async def ticking():
    level = 1.0
    while (level := level * 1.75) < 20.0:
        await asyncio.sleep(0)
        print("level", level)
    return level


async def main():
    print(walrus_loops())
    print(chained_assign())
    for trip in ((1, 2, 3), (1.0, 1.0, 1.0), (3, 2, 1), (0.5, 2.5, -1.0), (1, 1.5, 1.5), (-0.0, 0.0, 0.0)):
        chains(*trip)
    print(chains(1.0, float("nan"), 3.0), calls)
    print(await ticking())
    print(list(shrink(5)))


asyncio.run(main())
