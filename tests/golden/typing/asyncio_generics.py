# asyncio.Queue, Future and Task are subscriptable in annotations (types.GenericAlias), and the
# primitives are classes: isinstance() and type() see them, calling an alias of one makes one.
import asyncio


async def worker(q: asyncio.Queue[int], fut: asyncio.Future[str]) -> asyncio.Task[int] | None:
    item = await q.get()
    fut.set_result(f"got {item}")
    return None


async def main():
    print(asyncio.Queue[int], asyncio.Future[str], asyncio.Task[int], asyncio.Queue)
    Q = asyncio.Queue
    q = Q(3)
    print(isinstance(q, asyncio.Queue), type(q) is asyncio.Queue, q.maxsize)
    fut = asyncio.get_running_loop().create_future()
    await q.put(7)
    await worker(q, fut)
    print(fut.result(), isinstance(fut, asyncio.Future))
    print(type(asyncio.Event()), type(asyncio.Lock()), isinstance(asyncio.Semaphore(), asyncio.Semaphore))
    alias = asyncio.Queue[str]
    print(alias.__origin__ is asyncio.Queue, alias.__args__)

asyncio.run(main())
