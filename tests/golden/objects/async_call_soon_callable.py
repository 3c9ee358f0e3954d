# Tests objects with __call__ used as loop.call_soon/call_later callbacks and done callbacks.
import asyncio


class Recorder:
    def __init__(self, name):
        self.name = name
        self.calls = []
    def __call__(self, *args):
        shown = [a if isinstance(a, (int, str)) else type(a).__name__ for a in args]
        print("called", self.name, shown)
        self.calls.append(args)


class Stopper:
    def __init__(self, fut):
        self.fut = fut
    def __call__(self, value):
        if not self.fut.done():
            self.fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    r = Recorder("r")
    loop.call_soon(r, 1, 2)
    loop.call_soon(r)
    loop.call_later(0.1, r, "later")
    print("scheduled")
    await asyncio.sleep(0)
    print("after first yield", len(r.calls))
    fut = loop.create_future()
    loop.call_soon(Stopper(fut), "stopped")
    print(await fut)
    await asyncio.sleep(0.2)
    print(r.calls)
    done = Recorder("done-cb")
    t = asyncio.create_task(asyncio.sleep(0, result="x"))
    t.add_done_callback(done)
    await t
    await asyncio.sleep(0)
    print(len(done.calls), done.calls[0][0] is t)
    h = loop.call_soon(Recorder("cancelled"))
    h.cancel()
    await asyncio.sleep(0)
    print("handle cancelled", h.cancelled())


asyncio.run(main())
