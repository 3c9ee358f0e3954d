import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

class Feed:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("aiter called")
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    g = (x * x async for x in ticks(4) if x % 2 == 0)
    print(type(g).__name__, g.__qualname__ if False else "", [y async for y in g])
    h = (await double(x) for x in range(3))
    print(type(h).__name__, [y async for y in h])
    k = (x + y async for x in ticks(2) for y in range(2))
    print([v async for v in k])
    print([v async for v in (n async for n in Feed(3))])
    nested = ([y async for y in ticks(x)] for x in range(3))
    print(type(nested).__name__, [v async for v in nested])
    print(sum([x async for x in (a async for a in ticks(5))]))
    try:
        (x async for x in [1, 2])
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
