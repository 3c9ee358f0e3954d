# The main task, blocked in `await ev.wait()` on an unset Event, is cancelled by another
# task; the CancelledError is not caught and propagates out of asyncio.run: CPython prints
# the traceback on stderr and exits with 1.
import asyncio


async def canceller(main_task, ev):
    print("canceller: running, event set?", ev.is_set())
    await asyncio.sleep(0)
    print("canceller: cancelling main")
    main_task.cancel()
    print("canceller: done")


async def inner(ev):
    print("inner: awaiting ev.wait()")
    await ev.wait()
    print("inner: not reached")


async def main():
    ev = asyncio.Event()
    asyncio.create_task(canceller(asyncio.current_task(), ev))
    try:
        await inner(ev)
    finally:
        print("main: finally, event set?", ev.is_set())


asyncio.run(main())
print("not reached")
