# asyncio.timeout_at (a deadline on the loop clock, kept as given, the repr rounding it), and
# what isfuture / iscoroutine accept: futures, tasks, duck-typed futures, coroutines,
# generators, async generator awaitables and collections.abc.Coroutine-shaped classes.
import asyncio

class DuckFuture:
    _asyncio_future_blocking = False

class NotAFuture:
    _asyncio_future_blocking = None

class Awaitable:
    def __await__(self):
        yield
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass

def gen():
    yield 1

async def agen():
    yield 1

async def work():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(work())
    c = work()
    g = agen()
    print([asyncio.isfuture(x) for x in (fut, task, DuckFuture(), NotAFuture(), 1, c)])
    print([asyncio.iscoroutine(x) for x in (c, gen(), g, g.__anext__(), g.aclose(), Awaitable(), fut, work)])
    c.close()
    await task
    fut.cancel()
    now = loop.time()
    try:
        async with asyncio.timeout_at(now + 0.01) as cm:
            print(cm.when() == now + 0.01, cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", cm.expired())
    async with asyncio.timeout_at(None) as cm:
        print(cm, cm.when())
        cm.reschedule(loop.time() + 5)
        print(cm.when() > now)
    async with asyncio.timeout_at(loop.time() - 1) as cm:
        pass
    print("past deadline without await:", cm.expired())
    async with asyncio.timeout_at(12.3456) as cm:
        print(cm)
    print(cm)
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("past deadline with await: TimeoutError")

asyncio.run(main())
