# Methods of asyncio's primitives and loop as values: bound methods of the Python classes
# CPython defines them in (qualname, type, equality).
import asyncio
async def main():
    e = asyncio.Event(); q = asyncio.Queue(); lk = asyncio.Lock(); s = asyncio.Semaphore(); b = asyncio.BoundedSemaphore()
    for m in (e.set, q.put_nowait, lk.release, s.acquire, b.release, b.locked):
        print(m.__qualname__, m.__name__, type(m).__name__, m == m, m.__self__ is not None)
    print(e.set == e.set, e.set == asyncio.Event().set, str(e.set).split(" of ")[0])
    loop = asyncio.get_running_loop()
    print(loop.stop.__qualname__, loop.close.__qualname__, type(loop.time).__name__)
asyncio.run(main())
