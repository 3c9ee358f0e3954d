"""asyncio.timeout blocks, loop.call_later, futures, current_task and an orderly shutdown."""
import asyncio
import sys


async def heartbeat(beats: list, period: float):
    try:
        while True:
            await asyncio.sleep(period)
            beats.append(len(beats) + 1)
    finally:
        beats.append("stopped")


async def slow_query(label: str, seconds: float):
    await asyncio.sleep(seconds)
    return f"{label} ok"


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print("main task name:", me.get_name() if me else None)

    beats: list = []
    hb = asyncio.create_task(heartbeat(beats, 0.12), name="heartbeat")

    async with asyncio.timeout(0.5):
        print(await slow_query("fast", 0.06))
    try:
        async with asyncio.timeout(0.18) as cm:
            await slow_query("slow", 1)
    except TimeoutError:
        print("timeout expired:", cm.expired())

    fut = loop.create_future()
    loop.call_later(0.24, fut.set_result, "from call_later")
    print("future:", await fut, fut.done())

    fut2 = loop.create_future()
    loop.call_soon(fut2.set_exception, KeyError("no such key"))
    try:
        await fut2
    except KeyError as e:
        print("future exception:", repr(e))

    calls = []
    loop.call_soon(calls.append, "soon-1")
    loop.call_later(0.06, calls.append, "later")
    loop.call_soon(calls.append, "soon-2")
    await asyncio.sleep(0.18)
    print("callbacks:", calls)

    hb.cancel()
    try:
        await hb
    except asyncio.CancelledError:
        print("heartbeat stopped after", [b for b in beats if b != "stopped"][-1:], "beats; last:", beats[-1])

    others = [t for t in asyncio.all_tasks() if t is not me]
    print("other tasks:", len(others))

    async def deadline_reached():
        async with asyncio.timeout_at(loop.time() + 0.02):
            await asyncio.sleep(0.5)

    try:
        await deadline_reached()
    except TimeoutError as e:
        print("timeout_at:", type(e).__name__, e.args)
    code = 0 if not calls else len(calls)
    print("exiting with", code)
    sys.exit(code)


asyncio.run(main())
