# Floor division and modulo of float locals: every sign combination, fractions, inf, nan.
import asyncio
import math


def fm(a, b):
    x = float(a)
    y = float(b)
    q = x // y
    r = x % y
    t = x / y
    check = q * y + r
    print(f"{x!r:>8} {y!r:>8} // {q!r:>8} % {r!r:>8} / {t!r:<20} {check!r} {divmod(x, y)}")
    return q, r


def signs():
    for a in (7, -7, 7.5, -7.5, 0.5, -0.5, 6, -6, 0.0, -0.0):
        for b in (2, -2, 0.75, -0.75, 3):
            fm(a, b)


def inexact():
    x = 1.0
    y = 0.1
    q = x // y
    r = x % y
    print(q, r, x / y, divmod(x, y), math.fmod(x, y))
    big = 1e300
    small = -3.0
    print(big // small, big % small, small // big, small % big, -small % big)
    tiny = 1e-320
    print(tiny // 3.0, tiny % -3.0, -tiny % 3.0, -tiny // 3.0)
    m = -1e-17
    print(m % 1.0, m // 1.0, (-m) % -1.0)
    return q + r


def infinite():
    inf = float("inf")
    five = 5.0
    vals = [five // inf, five % inf, -five // inf, -five % inf,
            five // -inf, five % -inf, -five // -inf, -five % -inf,
            inf // five, inf % five, -inf // five, -inf % five]
    print([repr(v) for v in vals])
    zero = 0.0
    print(zero // inf, zero % inf, -zero // inf, -zero % -inf, zero % -inf)
    nan = inf - inf
    print(nan // five, nan % five, five // nan, five % nan)
    return vals


def gen_steps(start, step):
    cur = float(start)
    while cur > -3.0:
        yield cur // 1.0, cur % 1.0
        cur -= step


async def main():
    signs()
    print(inexact())
    infinite()
    acc = 17.25
    for d in (2.0, -3.5, 0.25):
        await asyncio.sleep(0)
        acc = acc % d + acc // d
        print("acc", acc)
    acc //= -2.0
    acc %= 1.5
    print(acc)
    print(list(gen_steps(2, 0.75)))


asyncio.run(main())
