import asyncio


async def pages():
    yield 1
    if True:
        return [1, 2]
