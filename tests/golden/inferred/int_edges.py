# Edges of typed int code: a product that wraps to -1 in 64 bits used as a divisor, len() at
# the 64-bit limit feeding range loops, an operation's error before a later operand's, and a
# global that shares a builtin's name.
import asyncio


class Big:
    def __len__(self):
        return 2 ** 63 - 1


def wrapped_divisor():
    a = 4294967297
    b = 4294967295
    print(7 % (a * b), 7 // (a * b), (a * b) % 10, -(a * b) // 3)
    c = 3037000500
    print(c * c, c * c - 1, (c * c) // c, (c * -c) % 7)


def near_limit():
    n = len(Big())
    for i in range(n - 1, n + 2):
        print("near", i)
    for i in range(n + 1, 0):
        print("never")
    for i in range(n - 5, n + 1000, 1000):
        print("stepped", i)
    for i in range(n - 2, n):
        print("up to n", i, i + 1, i * 2)
    print(range(n)[-1], len(range(n)))


def error_order(flag):
    d = 0
    if flag:
        y = 1
    return 7 // d + y


def late_global():
    return 1 // 0 + LATE


def shadow_builtin():
    return ord + 1


async def main():
    wrapped_divisor()
    near_limit()
    for flag in (False, True):
        try:
            print(error_order(flag))
        except Exception as e:
            print(type(e).__name__, e)
    try:
        late_global()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        shadow_builtin()
    except TypeError as e:
        print("TypeError:", e)


LATE = 5
asyncio.run(main())
ord = 5
print(shadow_builtin(), late_global.__name__)
