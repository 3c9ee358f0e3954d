# Cancelling tasks blocked in `await ev.wait()` (unset Event), `await q.get()` (empty Queue)
# and `await q.put(x)` (full Queue): each task prints traceback.format_exc() in its
# `except asyncio.CancelledError:` handler and re-raises. Also: the queue/event state after.
import asyncio
import traceback


async def wait_event(ev):
    print("wait_event: about to await ev.wait()")
    try:
        await ev.wait()
        print("wait_event: not reached")
    except asyncio.CancelledError:
        print("wait_event: cancelled; traceback:")
        print(traceback.format_exc(), end="")
        raise
    finally:
        print("wait_event: finally")


async def get_empty(q):
    print("get_empty: about to await q.get()")
    try:
        item = await q.get()
        print("get_empty: not reached", item)
    except asyncio.CancelledError:
        print("get_empty: cancelled; traceback:")
        print(traceback.format_exc(), end="")
        raise


async def put_full(q, x):
    print(f"put_full: about to await q.put({x!r}), qsize {q.qsize()}")
    try:
        await q.put(x)
        print("put_full: not reached")
    except asyncio.CancelledError:
        print("put_full: cancelled; traceback:")
        print(traceback.format_exc(), end="")
        raise


async def lifo_get_with_msg(q):
    try:
        await q.get()
    except asyncio.CancelledError as e:
        print("lifo_get_with_msg: args", e.args)
        print(traceback.format_exc(), end="")
        raise


async def report(name, task):
    try:
        await task
    except asyncio.CancelledError as e:
        print(f"{name}: main saw CancelledError args={e.args} cancelled={task.cancelled()}")


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(wait_event(ev))
    await asyncio.sleep(0)
    print("main: cancel ->", t.cancel())
    await report("wait_event", t)
    ev.set()
    print("event still works after cancel:", await ev.wait())

    q = asyncio.Queue()
    t = asyncio.create_task(get_empty(q))
    await asyncio.sleep(0)
    print("main: cancel ->", t.cancel())
    await report("get_empty", t)
    await q.put("kept")
    print("queue after cancelled getter: qsize", q.qsize(), "get ->", await q.get())

    q = asyncio.Queue(maxsize=1)
    await q.put("occupant")
    t = asyncio.create_task(put_full(q, "intruder"))
    await asyncio.sleep(0)
    print("main: cancel ->", t.cancel())
    await report("put_full", t)
    print("queue after cancelled putter: qsize", q.qsize(), "get ->", await q.get(), "empty", q.empty())
    await q.put("next")
    print("put after cancel ok, qsize", q.qsize())

    q = asyncio.LifoQueue()
    t = asyncio.create_task(lifo_get_with_msg(q))
    await asyncio.sleep(0)
    t.cancel("stop waiting")
    await report("lifo_get_with_msg", t)

    print("--- cancel before the task ever reaches the await")
    t = asyncio.create_task(get_empty(asyncio.Queue()))
    t.cancel()
    await report("never started", t)


asyncio.run(main())
