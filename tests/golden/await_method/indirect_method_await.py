# Awaiting Queue/Event method coroutines indirectly: `coro = q.get(); await coro`,
# `m = ev.wait; await m()`, `await getattr(q, 'get')()`, methods taken from the class,
# asyncio.create_task(ev.wait()), asyncio.gather(q.get(), q.get()), ensure_future, and
# awaiting a created-but-not-yet-awaited coroutine after the queue changed.
import asyncio


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()

    print("--- coro = q.get(); await coro")
    await q.put("one")
    coro = q.get()
    print("coroutine type:", type(coro).__name__, coro.__qualname__)
    print("qsize before awaiting coro:", q.qsize())
    print("await coro ->", await coro)

    print("--- coroutine created while empty, awaited after a put")
    coro = q.get()
    q.put_nowait("two")
    print("await coro ->", await coro)

    print("--- put coroutine created while full, awaited after room appears")
    bq = asyncio.Queue(1)
    bq.put_nowait("first")
    pcoro = bq.put("second")
    print("get_nowait ->", bq.get_nowait())
    print("await pcoro ->", await pcoro, "qsize", bq.qsize())

    print("--- m = ev.wait; await m()")
    m = ev.wait
    print("bound method:", m.__name__, m.__self__ is ev)

    async def set_later():
        print("set_later: set()")
        ev.set()

    asyncio.create_task(set_later())
    print("await m() ->", await m())
    print("await m() again ->", await m())

    print("--- getattr(q, 'get')() / getattr(q, 'put')(x)")
    await getattr(q, "put")("three")
    await getattr(q, "put")("four")
    print("getattr get ->", await getattr(q, "get")())
    name = "ge" + "t"
    print("dynamic name get ->", await getattr(q, name)())

    print("--- methods stored in a dict / list")
    ops = {"put": q.put, "get": q.get}
    await ops["put"]("six")
    print("ops['get']() ->", await ops["get"]())
    waits = [ev.wait, ev.wait]
    print("list of waits ->", [await w() for w in waits])

    print("--- create_task(ev.wait())")
    ev.clear()
    tasks = [asyncio.create_task(ev.wait(), name=f"ev{i}") for i in range(3)]
    await asyncio.sleep(0)
    print("done before set:", [t.done() for t in tasks])
    ev.set()
    await asyncio.sleep(0)
    print("done after set:", [t.done() for t in tasks], [t.result() for t in tasks])
    t = asyncio.create_task(ev.wait())
    print("task on set event, done immediately?", t.done())
    print("await task ->", await t)

    print("--- gather(q.get(), q.get())")

    async def feeder():
        for x in ["g1", "g2", "g3"]:
            print("feeder: put", x)
            await q.put(x)
            await asyncio.sleep(0)

    f = asyncio.create_task(feeder())
    print("gather ->", await asyncio.gather(q.get(), q.get()))
    await f
    print("leftover:", q.get_nowait(), "qsize", q.qsize())

    print("--- gather on items already present")
    for x in range(4):
        q.put_nowait(x)
    print("gather ->", await asyncio.gather(q.get(), q.get(), q.get()))
    print("qsize", q.qsize(), "->", await q.get())

    print("--- gather mixing ev.wait() and q.put()/q.get() with a bounded queue")
    ev.clear()
    bq = asyncio.Queue(1)

    async def releaser():
        print("releaser: get ->", await bq.get())
        ev.set()
        print("releaser: set event")

    r = asyncio.create_task(releaser())
    res = await asyncio.gather(bq.put("p1"), bq.put("p2"), ev.wait())
    print("gather ->", res, "qsize", bq.qsize(), "->", bq.get_nowait())
    await r

    print("--- ensure_future(q.get()) and wait_for(q.get())")
    fut = asyncio.ensure_future(q.get())
    await asyncio.sleep(0)
    print("pending?", not fut.done())
    await q.put("ef")
    print("ensure_future ->", await fut)
    q.put_nowait("wf")
    print("wait_for ->", await asyncio.wait_for(q.get(), 1))

    print("--- a coroutine never awaited is closed explicitly")
    c = q.get()
    c.close()
    print("closed; qsize", q.qsize())


asyncio.run(main())
