# An exception from the coroutine a user __await__ delegates to, through ensure_future and
# uncaught: the traceback shows asyncio.tasks._wrap_awaitable between main and the coroutine.
import asyncio


async def fetch(key):
    await asyncio.sleep(0)
    raise KeyError(key)


class Request:
    def __await__(self):
        return fetch("k").__await__()


async def main():
    t = asyncio.ensure_future(Request())
    await t


asyncio.run(main())
