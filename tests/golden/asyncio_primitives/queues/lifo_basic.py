# asyncio.LifoQueue: get order, qsize/empty/full, str (no address), isinstance, type name,
# put_nowait QueueFull and get_nowait QueueEmpty with their reprs.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    print(type(q).__name__, isinstance(q, asyncio.Queue), issubclass(asyncio.LifoQueue, asyncio.Queue))
    print("str empty:", str(q), q.qsize(), q.empty(), q.full(), q.maxsize)
    for x in (1, "two", (3,), [4]):
        await q.put(x)
    print("str:", str(q))
    print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    print("LIFO order:", out)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait:", type(e).__name__, repr(e), str(e) == "")
    b = asyncio.LifoQueue(maxsize=2)
    print("bounded:", str(b), b.maxsize)
    b.put_nowait("x")
    b.put_nowait("y")
    print("full:", b.full(), str(b))
    try:
        b.put_nowait("z")
    except asyncio.QueueFull as e:
        print("put_nowait:", type(e).__name__, repr(e))
    print(b.get_nowait(), b.get_nowait(), b.empty())
    neg = asyncio.LifoQueue(-3)
    for i in range(5):
        neg.put_nowait(i)
    print("negative maxsize never full:", neg.full(), neg.qsize(), neg.maxsize, str(neg))
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))


asyncio.run(main())
