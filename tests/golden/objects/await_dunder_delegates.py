# User awaitables whose __await__ delegates to a coroutine's __await__(): awaited directly and
# twice, chained through another awaitable, scheduled lazily by ensure_future (the __await__
# call happens when the task first runs), gathered, under wait_for (also timing out), errors
# raised inside, and CPython's TypeErrors for create_task and a non-iterator __await__ result.
import asyncio


async def fetch(key, delay=0):
    await asyncio.sleep(delay)
    if key == "boom":
        raise KeyError(key)
    return f"<{key}>"


class Request:
    def __init__(self, key, delay=0):
        self.key, self.delay = key, delay

    def __await__(self):
        print("  await", self.key)
        return fetch(self.key, self.delay).__await__()


class Retry:
    def __init__(self, inner):
        self.inner = inner

    def __await__(self):
        return self.inner.__await__()


class ReturnsList:
    def __await__(self):
        return [1, 2]


async def main():
    r = Request("a")
    print(await r, await r)
    print(await Retry(Request("b")))
    t = asyncio.ensure_future(Request("c"))
    print("scheduled", type(t).__name__, t.done())
    await asyncio.sleep(0)
    print("after one step", t.done())
    print(await t, t.done(), t.result())
    print(await asyncio.gather(Request("d"), fetch("e"), Retry(Request("f"))))
    print(await asyncio.wait_for(Request("g"), timeout=1))
    try:
        await asyncio.wait_for(Request("slow", 5), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    try:
        await Request("boom")
    except KeyError as e:
        print("KeyError", e)
    results = await asyncio.gather(Request("boom"), Request("h"), return_exceptions=True)
    print([type(x).__name__ for x in results], results[1])
    for bad in [ReturnsList()]:
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)
    try:
        asyncio.get_running_loop().create_task(Request("i"))
    except TypeError as e:
        print("TypeError:", str(e).split(" object at ")[0])
    coro = fetch("z")
    w = coro.__await__()
    print(type(w).__name__)
    print(await Retry(coro))


asyncio.run(main())
