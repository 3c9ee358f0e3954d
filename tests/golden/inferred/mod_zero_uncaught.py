# Float modulo in a generator and an async function; ends with an uncaught float % 0.0.
import asyncio
import math


def wrap_angles(step, count):
    angle = 0.0
    full = 360.0
    for _ in range(count):
        angle += step
        yield angle % full, angle % -full, -angle % full
    angle = -angle
    yield angle % full, math.fmod(angle, full), angle % 7.5


def phases(period):
    t = 0.0
    p = float(period)
    while t < 3.0:
        frac = t % p
        yield frac
        t += 0.625


async def ticker(period):
    seen = []
    for frac in phases(period):
        await asyncio.sleep(0)
        seen.append(frac)
    return seen


async def main():
    for trip in wrap_angles(100.0, 5):
        print(trip)
    for trip in wrap_angles(-45.5, 3):
        print(trip)
    print(await ticker(1.0))
    print(await ticker(-0.75))
    x = 5.5
    x %= 2.0
    print("x", x)
    x %= -0.3
    print("x", x, repr(x))
    y = -1e-30
    print(y % 1.0, y % -1.0, y % 1e300, (-y) % -1e300)
    period = x - x
    print("period", period)
    print(await ticker(period))


asyncio.run(main())
