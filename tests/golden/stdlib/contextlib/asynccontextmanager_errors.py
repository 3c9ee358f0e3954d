# asynccontextmanager's exception paths: a traceback through the generator, StopAsyncIteration
# raised in the body, and an exception escaping a finally of the generator.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def resource(tag, fail_on_exit=False):
    print("acquire", tag)
    try:
        yield tag
    finally:
        print("release", tag)
        if fail_on_exit:
            raise OSError("release failed for " + tag)


async def body_raises_stop():
    async with resource("s"):
        raise StopAsyncIteration("from body")


async def main():
    try:
        await body_raises_stop()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e)
    try:
        async with resource("f", fail_on_exit=True):
            print("working")
    except OSError as e:
        print("OSError", e, type(e.__context__).__name__)
    try:
        async with resource("g", fail_on_exit=True):
            raise ValueError("inner")
    except OSError as e:
        print("OSError", e, "context:", repr(e.__context__))
    async with resource("last", fail_on_exit=True):
        print("about to fail for real")


asyncio.run(main())
