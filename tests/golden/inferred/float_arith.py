# Native float arithmetic on typed locals: + - * / unary -, accumulation, repr.
import asyncio


def basics():
    a = 1.5
    b = 0.1
    c = a + b
    d = a - b
    e = a * b
    f = a / b
    g = -a
    h = --b
    print(c, d, e, f, g, h)
    print(repr(c), repr(d), repr(e), repr(f))
    s = 0.1 + 0.2
    print(s, repr(s), s == 0.3, f"{s}", f"{s!r}", f"{s:.3f}", f"{s:e}", f"{s:g}")
    big = 1e308
    huge = big * 10.0
    print(huge, -huge, big + big, 1e-320 / 10.0, 5e-324 / 2.0)
    tiny = 5e-324
    print(tiny, repr(tiny), tiny * 0.5, tiny + 0.0)
    x = 1e16
    y = x + 1.0
    print(y, y - x, repr(1e16 + 2.0), 1e22, 1e21, 123456789.0 * 1000.0)
    print(2.5 * 4.0, 7.0 / 2.0, 1.0 / 3.0, 2.0 / 3.0, 10.0 / 4.0, 3.0 * 1.1)
    return c


def accumulate(n):
    total = 0.0
    for i in range(1, n + 1):
        total += 1 / i
    alt = 0.0
    for i in range(1, n + 1):
        alt = alt + (-1.0) ** (i + 1) / i
    prod = 1.0
    for i in range(1, 20):
        prod *= 1.5
    q = 1000.0
    for _ in range(10):
        q /= 3.0
    m = 100.0
    for _ in range(5):
        m -= 0.3
    print(total, alt, prod, q, m)
    print(repr(total), f"{total:.10f}", round(total, 4), str(alt))
    return total


def precedence(a, b):
    r1 = a + b * 2.0 - a / b
    r2 = (a + b) * (a - b)
    r3 = -a * -b
    r4 = a - -b
    r5 = a ** 2.0 + b ** 0.5
    print(r1, r2, r3, r4, r5)
    return r1 + r2 + r3 + r4


def partial_sums():
    s = 0.0
    t = 1.0
    for _ in range(6):
        s += t
        yield s, t
        t *= -0.5


async def worker(k):
    acc = 0.25
    for i in range(3):
        acc = acc * 2.0 + k
        await asyncio.sleep(0)
        acc -= 0.125
        print("worker", k, i, acc)
    return acc


async def main():
    print(basics())
    print(accumulate(10), accumulate(1000))
    print(precedence(3.0, 4.0), precedence(-2.5, 0.5))
    print(list(partial_sums()))
    results = await asyncio.gather(worker(0.5), worker(-1.5))
    print(results, sum(results))


asyncio.run(main())
