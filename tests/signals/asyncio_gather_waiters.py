# Ctrl-C while tasks gathered by main wait on an Event: the cancellation reaches them through
# gather, with asyncio's frames (locks.py) in the CancelledError's traceback.
import asyncio


async def waiter(ev, n):
    try:
        await ev.wait()
    finally:
        print("waiter finally", n)


async def main():
    ev = asyncio.Event()
    print("ready", flush=True)
    await asyncio.gather(waiter(ev, 1), waiter(ev, 2))


asyncio.run(main())
