# Async comprehensions: list, dict and set forms over __aiter__/__anext__, with filters,
# nested plain loops and awaits in the element.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([x async for x in Countdown(4)])
    print({x: x * x async for x in Countdown(3) if x})
    print({x % 2 async for x in Countdown(5)})
    print([await double(x) for x in range(3)])
    print([y async for x in Countdown(3) for y in range(x)])
    print(sum([x async for x in Countdown(5)]))


asyncio.run(main())
