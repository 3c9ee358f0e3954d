"""contextlib's asynchronous helpers: AsyncExitStack, aclosing, AsyncContextDecorator and
AbstractAsyncContextManager."""
import asyncio
import contextlib
from contextlib import AbstractAsyncContextManager, AsyncContextDecorator, AsyncExitStack, aclosing


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


class SyncResource:
    def __enter__(self):
        print("sync enter")
        return "sync"

    def __exit__(self, *exc):
        print("sync exit", exc[0])


class Stream:
    async def aclose(self):
        print("stream closed")


class timed(AsyncContextDecorator):
    async def __aenter__(self):
        print("start")
        return self

    async def __aexit__(self, *exc):
        print("stop", exc[0])
        return False


@timed()
async def job(n):
    await asyncio.sleep(0)
    return n * 2


class Plain:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


async def cleanup(tag):
    await asyncio.sleep(0)
    print("callback", tag)


async def main():
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(Resource(n)) for n in "ab"]
        print(names, stack.enter_context(SyncResource()))
        stack.push_async_callback(cleanup, "one")
        stack.callback(print, "sync callback")

        @stack.push_async_exit
        async def observe(exc_type, exc, tb):
            print("observed", exc_type)
            return False

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Resource("outer"))
            await stack.enter_async_context(Resource("quiet", suppress=True))
            await stack.enter_async_context(Resource("inner"))
            raise KeyError("boom")
    except KeyError as e:
        print("not reached", e)
    print("suppressed by quiet")

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Resource("r"))

            async def failing(*exc):
                raise ValueError("from exit")
            stack.push_async_exit(failing)
            raise KeyError("first")
    except ValueError as e:
        print("ValueError", e, "context:", repr(e.__context__))

    stack = AsyncExitStack()
    await stack.enter_async_context(Resource("later"))
    moved = stack.pop_all()
    await stack.aclose()
    print("moved")
    await moved.aclose()

    try:
        await AsyncExitStack().enter_async_context(SyncResource())
    except TypeError as e:
        print("TypeError:", e)

    async with aclosing(Stream()) as s:
        print("using", type(s).__name__)

    print(await job(21))
    async with contextlib.nullcontext(5) as v:
        print("nullcontext", v)
    print(issubclass(Plain, AbstractAsyncContextManager), issubclass(SyncResource, AbstractAsyncContextManager),
          isinstance(AsyncExitStack(), AbstractAsyncContextManager), AbstractAsyncContextManager[int])
    try:
        AbstractAsyncContextManager()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
