# Float locals kept across await, yield, send() and async generators; passed and returned.
import asyncio


def running_mean():
    total = 0.0
    count = 0
    mean = 0.0
    while True:
        value = yield mean
        if value is None:
            break
        total += value
        count += 1
        mean = total / count
    return total


def ewma(alpha):
    a = float(alpha)
    level = 0.0
    first = True
    for x in (10.0, 12.0, 9.0, -3.0, 0.0):
        level = x if first else a * x + (1.0 - a) * level
        first = False
        yield level


async def sensor(name, start, drift):
    reading = float(start)
    d = float(drift)
    history = []
    for i in range(4):
        await asyncio.sleep(0)
        reading = reading * 0.9 + d
        history.append(reading)
        print(name, i, reading)
    peak = max(history)
    return peak - reading


async def agen(n):
    x = 1.0
    for _ in range(n):
        x = x / 2.0 - 0.25
        await asyncio.sleep(0)
        yield x


def scale(v, factor):
    r = v * factor
    return r


async def main():
    g = running_mean()
    print(next(g))
    for v in (4.0, 5.5, -1.25, 0.1):
        print("mean", g.send(v))
    try:
        g.send(None)
    except StopIteration as e:
        print("total", e.value)
    print(list(ewma(0.5)), list(ewma(0.1)))
    peaks = await asyncio.gather(sensor("a", 20, 1.5), sensor("b", -3, 0.25))
    print(peaks)
    got = [v async for v in agen(4)]
    print(got)
    async for v in agen(2):
        print("agen", v, scale(v, -4.0))
    half = scale(0.5, 3)
    print(half, scale(half, 0.0), scale(-half, 0.0))
    print(sum(x * x for x in (0.5, 1.5, 2.5)))


asyncio.run(main())
