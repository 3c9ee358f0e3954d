import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


async def consume(name, n):
    total = 0
    async for t in Ticker(n):
        print(name, "tick", t)
        if t == 10:
            break
        total += t
    else:
        print(name, "exhausted")
    return total


async def main():
    print(await asyncio.gather(consume("a", 3), consume("b", 2)))
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)


asyncio.run(main())
