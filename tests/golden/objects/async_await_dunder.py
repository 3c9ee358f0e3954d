# Tests a user awaitable: __await__ delegating to a coroutine's __await__, awaited and gathered.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * 10


class Deferred:
    def __init__(self, x):
        self.x = x
    def __await__(self):
        print("  __await__", self.x)
        return compute(self.x).__await__()


class NotAwaitable:
    pass


class BadAwait:
    def __await__(self):
        return 5


async def main():
    print(await Deferred(1))
    r = await asyncio.gather(compute(2), asyncio.ensure_future(Deferred(3)))
    print(r)
    t = asyncio.ensure_future(Deferred(4))
    print(type(t).__name__, await t)
    try:
        await NotAwaitable()
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await BadAwait()
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await 5
    except TypeError as e:
        print(type(e).__name__, e)
    print(await asyncio.wait_for(Deferred(5), timeout=1))


asyncio.run(main())
