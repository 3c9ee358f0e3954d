# Augmented assignment on float locals with int, float and bool operands in loops.
import asyncio


def mixed_ops():
    x = 1.0
    for i in range(1, 8):
        x += i
        x -= 0.5
        x *= 2
        x /= i
        print(i, repr(x))
    y = 100.0
    for k in (3, -3, 7):
        y //= k
        print("floordiv", k, repr(y))
        y %= 50
        print("mod", k, repr(y))
    z = 2.0
    z **= 10
    z **= 0.5
    z += True
    z -= False
    print("pow", z)
    w = 0.0
    for n in range(10):
        w += n / 10
    print("tenths", w, repr(w), w == 4.5)
    return x + y + z + w


def int_then_float():
    total = 0
    for i in range(5):
        total += 0.5
    print(total, type(total).__name__)
    count = 10
    count /= 4
    print(count, type(count).__name__)
    v = 3
    v *= 1.0
    print(repr(v), type(v).__name__)
    big = 1.0
    big *= 2 ** 60
    big += 1
    print(repr(big), big == 2 ** 60, big == 2.0 ** 60)
    return total + count + v


def compound_rates(rate, years):
    bal = 1000.0
    r = float(rate)
    for y in range(years):
        bal += bal * r
        bal -= 10
        if y % 2:
            bal //= 1.0
    return bal


def halver(start):
    x = float(start)
    while x > 0.1:
        yield x
        x /= 2
        x -= 0.05
    yield -x


async def drain(level):
    lvl = float(level)
    ticks = 0
    while lvl > 0.0:
        lvl -= 0.3
        ticks += 1
        await asyncio.sleep(0)
    return ticks, lvl


async def main():
    print(mixed_ops())
    print(int_then_float())
    print(compound_rates(0.05, 10), compound_rates(-0.1, 7))
    print(list(halver(3)))
    print(await drain(1), await drain(0.9), await drain(0))


asyncio.run(main())
