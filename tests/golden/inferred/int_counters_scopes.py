# Counted range loops in every kind of scope: class bodies, the module, generators, nested
# loops over one name, a counter deleted or rebound in the body, a stop computed once.
import asyncio

N = 4


class Table:
    rows = []
    for i in range(3):
        rows.append(i * 10)
    print("class body", rows, i)


def squares(n):
    return [i * i for i in range(n)]


def pairs(n):
    return list((i, j) for i in range(n) for j in range(i + 1, n))


def rebound():
    for i in range(4):
        i = i * 3
        print("rebound", i)
    for k in range(3):
        del k
    try:
        print(k)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def stop_once():
    xs = [1, 2, 3]
    for i in range(len(xs)):
        xs.append(i)
    print("stop once", xs)
    for i in range(N):
        print("global stop", i, N - i)


def nested(n):
    count = 0
    for a in range(n):
        for b in range(a, n):
            for c in range(b + 1, n + 2, 2):
                count += a * b - c
    return count


def triangle(n):
    for i in range(n):
        for i2 in range(i - 1, -1, -1):
            yield i, i2


async def main():
    print(Table.rows, squares(5), pairs(4))
    rebound()
    stop_once()
    print(nested(6), list(triangle(4)))
    total = 0
    for i in range(1, 2 ** 70, 999):
        total += i
        if i > 5000:
            break
    print("huge stop", total, i)
    for i in range(-5, -2 ** 70, -7):
        if i < -40:
            break
    print("huge negative stop", i)


asyncio.run(main())
