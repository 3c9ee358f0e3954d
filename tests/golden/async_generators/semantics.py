import asyncio

async def ticks(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def boom():
    yield 1
    raise ValueError("bad")

async def stopper():
    yield 1
    raise StopAsyncIteration

async def running_check(g_holder):
    yield g_holder[0].ag_running

async def ignores_exit():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                print("closing for good")
                raise
            ignored = True
            print("ignoring")

async def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("caught", repr(e))
            yield "recovered"

class Counter:
    def __init__(self, n):
        self.n = n
    async def items(self):
        for i in range(self.n):
            yield i * 10

async def pipeline():
    async for x in ticks(5):
        if x % 2:
            yield x * x

async def main():
    print([x async for x in ticks(4) if x != 2])
    print({x: x * 2 async for x in ticks(3)})
    print([x async for x in pipeline()])
    print([x async for x in Counter(3).items()])
    try:
        async for x in boom():
            print("got", x)
    except ValueError as e:
        print("ValueError", e)
    try:
        async for x in stopper():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError", e, repr(e.__cause__))
    holder = [None]
    g = running_check(holder)
    holder[0] = g
    print(await g.__anext__())
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    g = catcher()
    print(await g.__anext__())
    print(await g.athrow(KeyError("k")))
    print(await g.asend(None))
    print(await g.athrow(KeyError, KeyError("k2")))
    await g.aclose()
    try:
        await g.athrow(ValueError)
    except StopAsyncIteration:
        print("closed: StopAsyncIteration")
    g = ticks(3, 0.01)
    first = g.__anext__()
    second = g.__anext__()
    t = asyncio.ensure_future(first)
    await asyncio.sleep(0)
    try:
        await second
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await t)
    try:
        await ticks(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        async for x in ticks:
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        await ticks(1).asend(1)
    except TypeError as e:
        print("TypeError", e)
    print(await asyncio.gather(ticks(2).__anext__(), pipeline().__anext__()))
    print(type(ticks(1)), type(ticks(1).__anext__()), type(ticks(1).aclose()))

asyncio.run(main())
