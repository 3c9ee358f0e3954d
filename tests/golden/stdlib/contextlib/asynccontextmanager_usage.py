import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

@asynccontextmanager
async def connection(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield f"conn-{name}"
    except KeyError as e:
        print("handled", repr(e))
    finally:
        await asyncio.sleep(0)
        print("close", name)

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two_yields():
    yield 1
    yield 2

@connection("deco")
async def job():
    print("in job")
    return 7

async def main():
    async with connection("a") as c:
        print("using", c)
    async with connection("b") as c:
        raise KeyError("swallowed")
    try:
        async with connection("c"):
            raise ValueError("propagates")
    except ValueError as e:
        print("ValueError", e)
    for cm in (no_yield(), two_yields()):
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError", e)
    print(await job())
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in "xy"]
        print(conns)
    print(type(connection("z")).__name__, connection.__name__)

asyncio.run(main())
