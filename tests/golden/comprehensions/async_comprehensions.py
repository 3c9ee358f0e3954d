# Async comprehensions over a class with __aiter__/__anext__: paged results from a fake API.
import asyncio

PAGES = {0: [5, 3, 8], 1: [1, 9], 2: [], 3: [4]}


class PagedCursor:
    def __init__(self, name, pages, log):
        self.name = name
        self.pages = pages
        self.log = log

    def __aiter__(self):
        self.page = 0
        self.buffer = []
        return self

    async def __anext__(self):
        while not self.buffer:
            if self.page not in self.pages:
                self.log.append(f"{self.name}: end")
                raise StopAsyncIteration
            await asyncio.sleep(0)
            self.buffer = list(self.pages[self.page])
            self.log.append(f"{self.name}: page {self.page} -> {len(self.buffer)}")
            self.page += 1
        return self.buffer.pop(0)


class Countdown:
    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    log = []
    print([x async for x in PagedCursor("a", PAGES, log)])
    print([x * 10 async for x in PagedCursor("b", PAGES, log) if x > 4])
    print({x % 3 async for x in PagedCursor("c", PAGES, log)})
    print({x: [await double(x)] async for x in Countdown(4)})
    print([[y async for y in Countdown(x)] async for x in Countdown(3)])
    print([await double(x) for x in [1, 2, 3]], [x for x in [await double(7)]])
    results = await asyncio.gather(
        collect("p", PagedCursor("p", PAGES, log)), collect("q", Countdown(3)))
    print(results)
    for line in log:
        print(line)
    plain = [1, 2]
    try:
        print([x async for x in plain])
    except TypeError as e:
        print("TypeError:", e)


async def collect(tag, source):
    return tag, [f"{tag}{x}" async for x in source]


asyncio.run(main())
