# Tuple packing and unpacking: swaps, functions returning tuples unpacked at the call site,
# and unpacking 10-element tuples and lists in loops.
import asyncio

N = 900000


def swaps(n):
    a, b, c = 1, 2, 3
    total = 0
    for i in range(n):
        a, b = b, a
        b, c = c, b
        a, b, c = c, a, b
        total += a - c
    return total + a * 100 + b * 10 + c


def min_max(x, y):
    if x < y:
        return x, y
    return y, x


def split(i):
    return i & 7, i >> 3, i % 10


def returned_tuples(n):
    total = 0
    for i in range(n):
        lo, hi = min_max(i % 13, i % 7)
        q, r = divmod(i, 9)
        a, b, c = split(i)
        total += hi - lo + q - r + a + b - c
    return total


def unpack_tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, k, m = t
        total += a + m
        a, b, c, d, e, f, g, h, k, m = t
        total += b * k
        a, b, c, d, e, f, g, h, k, m = t
        total += e - f + g
        a, b, c, d, e, f, g, h, k, m = t
        total += c + d + h
    return total


def unpack_lists(n):
    xs = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    total = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, k, m = xs
        total += a + m
        a, b, c, d, e, f, g, h, k, m = xs
        total += b - k
        xs[i % 10] = i & 255
        a, b, c, d, e, f, g, h, k, m = xs
        total += e + f + g + h
    return total


def pairs_loop(n):
    pairs = [(i, i * 2) for i in range(100)]
    total = 0
    for _ in range(n // 100):
        for x, y in pairs:
            total += y - x
        for k, (x, y) in enumerate(pairs):
            total += k ^ x ^ y
    return total


async def main():
    print("swaps", swaps(N))
    print("returned tuples", returned_tuples(N))
    print("tuples", unpack_tuples(N))
    print("lists", unpack_lists(N))
    print("pairs", pairs_loop(N))


asyncio.run(main())
