# int / int over range counters and len(): CPython's correctly rounded quotient, also past
# 2**53 (where a double no longer holds every int) and for a zero divisor.
import asyncio


def quotients(xs):
    n = len(xs)
    out = []
    for i in range(-3, n):
        for j in range(-2, 3):
            try:
                out.append(i / j)
            except ZeroDivisionError as e:
                out.append(str(e))
    return out


def wide():
    big = 900719925474099      # 15 digits: big * 1000 is past 2**53
    for k in range(1, 4):
        print(big * 1000 * k / 3, (big * 1000 * k + 1) / (big * 10 + k), -(big * 1000 + k) / 7)
        print((big * big * k) / 1000000007, 1 / (big * big * k))
    for k in range(999999999999999990, 999999999999999999, 3):
        print(k / 3, k / (k - 1), (k * 10) / 9)


async def main():
    print(quotients([1, 2, 3, 4]))
    wide()


asyncio.run(main())
