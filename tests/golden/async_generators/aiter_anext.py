import asyncio

async def countdown(n):
    while n > 0:
        yield n
        n -= 1

class Feed:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        return self.items.pop(0)

class NotIter:
    def __aiter__(self):
        return 42

async def main():
    it = aiter(countdown(3))
    print(await anext(it), await anext(it), await anext(it), await anext(it, "done"), await anext(it, None))
    f = aiter(Feed("ab"))
    print(await anext(f), await anext(f), await anext(f, "empty"))
    try:
        await anext(f)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    for bad in (lambda: aiter([1, 2]), lambda: anext([1, 2]), lambda: aiter(NotIter()), lambda: anext(1, 2)):
        try:
            bad()
        except TypeError as e:
            print("TypeError", e)
    print(aiter(it) is it, type(anext(countdown(1))).__name__)
    results = await asyncio.gather(anext(countdown(5)), anext(Feed("x")), anext(countdown(0), "none"))
    print(results)
    async with asyncio.timeout(1):
        print([n async for n in countdown(4) if n % 2 == 0])

asyncio.run(main())
