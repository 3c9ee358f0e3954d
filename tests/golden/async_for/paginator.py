# An async paginator: pages fetched lazily, items streamed to two concurrent consumers, with
# break, continue, else and an error raised from __anext__.
import asyncio

PAGES = {1: ["a", "b"], 2: ["c"], 3: ["d", "e", "f"]}


class Pages:
    def __init__(self, label, fail_at=None):
        self.label = label
        self.page = 0
        self.buffer = []
        self.fail_at = fail_at

    def __aiter__(self):
        print(self.label, "start")
        return self

    async def __anext__(self):
        while not self.buffer:
            self.page += 1
            if self.page == self.fail_at:
                raise ConnectionError(f"page {self.page} unavailable")
            if self.page not in PAGES:
                print(self.label, "no more pages")
                raise StopAsyncIteration
            await asyncio.sleep(0)
            print(self.label, "fetched page", self.page)
            self.buffer = list(PAGES[self.page])
        return self.buffer.pop(0)


async def collect(label, skip=None, stop=None):
    seen = []
    async for item in Pages(label):
        if item == skip:
            continue
        if item == stop:
            print(label, "stopping at", item)
            break
        seen.append(item)
    else:
        print(label, "read everything")
    return seen


async def main():
    results = await asyncio.gather(collect("x", skip="c"), collect("y", stop="e"))
    print(results)
    try:
        async for item in Pages("z", fail_at=2):
            print("z got", item)
    except ConnectionError as e:
        print("z failed:", e)


asyncio.run(main())
