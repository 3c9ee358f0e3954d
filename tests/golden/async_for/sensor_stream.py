# Class-based async iterators for sensor readings: async for with break/continue/else,
# StopAsyncIteration ending the loop, an iterator whose __aiter__ returns a fresh cursor, and an
# error raised from __anext__ propagating out of the loop.
import asyncio


class SensorFeed:
    def __init__(self, name, readings):
        self.name = name
        self.readings = readings

    def __aiter__(self):
        return Cursor(self)


class Cursor:
    def __init__(self, feed):
        self.feed = feed
        self.pos = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.pos >= len(self.feed.readings):
            raise StopAsyncIteration
        value = self.feed.readings[self.pos]
        self.pos += 1
        if value is None:
            raise RuntimeError(f"{self.feed.name}: sensor dropped at {self.pos - 1}")
        return value


async def average(feed):
    total = n = 0
    async for v in feed:
        if v < 0:
            continue
        total += v
        n += 1
    else:
        print(f"{feed.name}: loop finished after {n} valid")
    return round(total / n, 2) if n else None


async def first_over(feed, limit):
    async for v in feed:
        if v > limit:
            print(f"{feed.name}: {v} over {limit}")
            break
    else:
        print(f"{feed.name}: nothing over {limit}")
        return None
    return v


async def main():
    temp = SensorFeed("temp", [21.5, 22.0, -1, 23.25, 24.0])
    hum = SensorFeed("hum", [40, 45, 61, 58])
    bad = SensorFeed("bad", [1, 2, None, 4])
    print(await asyncio.gather(average(temp), average(hum), average(SensorFeed("empty", []))))
    print(await first_over(temp, 22.5), await first_over(hum, 70))
    pairs = []
    async for t in temp:
        async for h in hum:
            if h > 44:
                pairs.append((t, h))
                break
    print(pairs[:3], len(pairs))
    try:
        async for v in bad:
            print("bad ->", v)
    except RuntimeError as e:
        print("RuntimeError:", e)
    cur = hum.__aiter__()
    print(await cur.__anext__(), await cur.__anext__(), cur.pos, await hum.__aiter__().__anext__())


asyncio.run(main())
