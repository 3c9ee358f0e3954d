import asyncio, types, collections.abc
async def agen():
    yield 1
async def main():
    g = agen()
    print(type(g) is types.AsyncGeneratorType, isinstance(g, collections.abc.AsyncGenerator),
          isinstance(g, collections.abc.AsyncIterator), isinstance(g, collections.abc.AsyncIterable),
          isinstance(g, collections.abc.Coroutine), isinstance(g.__anext__(), collections.abc.Awaitable))
    print(sorted(n for n in dir(g) if not n.startswith("__")), asyncio.iscoroutinefunction(agen), asyncio.iscoroutine(g))
    print(type(g).__name__, type(g.__anext__()).__name__, type(g.athrow(ValueError)).__name__)
    print("__anext__" in type(g).__dict__, hasattr(g, "asend"))
    await g.aclose()
asyncio.run(main())
