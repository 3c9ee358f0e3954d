# float/int mixing: promotions, int/int true division, float-vs-int comparisons, ternaries.
import asyncio


def promote():
    x = 2.5
    n = 3
    a = x + n
    b = n - x
    c = x * n
    d = n / x
    e = n // x
    f = -n % x
    g = x ** n
    h = x + True
    k = False * x
    print(a, b, c, d, e, f, g, h, k, type(h).__name__, type(k).__name__)
    big = 2 ** 60 + 1
    y = 0.0 + big
    print(y, repr(y), int(y) == big, y == big, y < big, y > big - 2)
    return a + b


def int_division():
    q1 = 7 / 2
    q2 = -7 / 2
    q3 = 1 / 3
    q4 = 10 / 5
    q5 = 2 ** 60 / 3
    q6 = (2 ** 53 + 1) / 1
    q7 = -1 / 10 ** 300
    q8 = 10 ** 310 / 10 ** 300
    for q in (q1, q2, q3, q4, q5, q6, q7, q8):
        print(repr(q), type(q).__name__, q.is_integer())
    s = q1 + q2 + q4
    print(s, q1 * 2 == 7, q4 == 2, q3 * 3 == 1)
    return s


def compare():
    n = 2 ** 53 + 1
    f = float(n)
    print(f, n == f, f == n, n > f, f < n, n != f, f <= n, f >= n)
    m = 2 ** 53
    g = 9007199254740992.0
    print(m == g, g == m, m + 1 > g, g + 1 == g, g + 2 == m + 2)
    half = 0.5
    print(half < 1, half > 0, 1 > half > 0, half == 1 / 2, 0 == -0.0, -1 < -half < 0)
    third = 1 / 3
    print(third == 1 / 3, third * 3 == 1, 3 * third >= 1, (2 ** 1000) > 1e300, 1e301 > 10 ** 300)


def ternaries(flag, n):
    v = 1.5 if flag else 2
    w = n * 0.5 if n > 2 else n
    z = (0.0 if flag else -0.0) + (1 if n else 2.5)
    print(repr(v), repr(w), repr(z), type(v).__name__, type(w).__name__)
    return v + w + z


async def loops():
    acc = 0.0
    for i in range(6):
        acc += i
        acc *= 1.5
        acc -= i // 2
        await asyncio.sleep(0)
    cnt = 10.0
    cnt //= 3
    cnt %= 2
    print(acc, cnt, repr(acc))
    return acc


def mixed_gen(n):
    f = 0.5
    for i in range(n):
        yield f + i, i / 2, f * i
        f = f * 2 if i % 2 else f + 1


async def main():
    print(promote(), int_division())
    compare()
    for flag in (True, False):
        for n in (0, 3, 5):
            print(ternaries(flag, n))
    print(await loops())
    print(list(mixed_gen(4)))


asyncio.run(main())
