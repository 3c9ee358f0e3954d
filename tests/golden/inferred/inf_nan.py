# inf and nan in typed float locals: comparisons, truthiness, x != x, arithmetic.
import asyncio
import math


def compare_all(label, a, b):
    print(label, a < b, a <= b, a == b, a != b, a > b, a >= b)


def nan_checks():
    inf = float("inf")
    ninf = -inf
    nan = inf - inf
    nan2 = inf * 0.0
    nan3 = float("nan")
    print(nan, repr(nan), f"{nan:.3f}", f"{inf:.3f}", f"{ninf:e}", str(ninf))
    print(nan != nan, nan == nan, nan2 != nan2, nan3 == nan3, nan is nan)
    same = nan == nan
    diff = nan != nan
    print(same, diff, not same, not diff)
    one = 1.0
    b1 = nan < one
    b2 = nan >= one
    b3 = one <= nan
    b4 = inf >= ninf
    b5 = nan2 == nan3
    b6 = inf == inf * 2.0
    print("locals", b1, b2, b3, b4, b5, b6, b1 or b4, b2 and b4, not b5)
    compare_all("nan-1", nan, 1.0)
    compare_all("1-nan", 1.0, nan)
    compare_all("nan-inf", nan, inf)
    compare_all("inf-inf", inf, inf)
    compare_all("ninf-inf", ninf, inf)
    compare_all("inf-big", inf, 1e308)
    compare_all("nan-int", nan, 3)
    compare_all("inf-hugeint", inf, 10 ** 400)
    compare_all("ninf-hugeint", ninf, -10 ** 400)
    if nan:
        print("nan is truthy")
    else:
        print("nan is falsy")
    if not nan:
        print("not nan true")
    else:
        print("not nan false")
    print(bool(nan), bool(inf), bool(ninf), nan or 5.0, 0.0 or nan, nan and 2.0)
    x = nan
    if x != x:
        print("x is nan", math.isnan(x))
    y = 0.0
    while y < nan:
        y += 1.0
    print("loop skipped", y)
    print(1.0 < nan < 2.0, 1.0 < inf > 0.5, ninf < 0.0 < inf, nan > 1.0 or 2.0 > 1.0)
    print(max(1.0, nan), max(nan, 1.0), min(nan, inf), min(inf, nan))
    return nan


def inf_arith():
    inf = math.inf
    r = [inf + 1.0, inf - inf, inf * -1.0, inf / inf, 1.0 / inf, -1.0 / inf,
         inf * 0.0, inf + -inf, -inf - 1e308, 1e308 + 1e308, -(1e308 * 10.0),
         inf % 2.0, 2.0 % inf, -2.0 % inf, 2.0 % -inf, inf // 2.0, 2.0 // inf, -2.0 // inf]
    for v in r:
        print(repr(v), math.copysign(1.0, v) if not math.isnan(v) else "nan", v == v)
    a = inf
    a -= inf
    print(a, a == a)
    return inf


def gen_nan():
    v = float("nan")
    yield v != v
    v = 1.0
    yield v != v


async def main():
    n = nan_checks()
    print(n != n, math.isnan(n))
    i = inf_arith()
    await asyncio.sleep(0)
    print(i, i > 1e308, -i < -1e308)
    print(list(gen_nan()))


asyncio.run(main())
