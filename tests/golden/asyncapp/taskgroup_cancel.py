"""TaskGroup error handling, shield, cancellation with cleanup in finally, done callbacks."""
import asyncio

events: list[str] = []


async def resource(name: str, hold: float, fail: bool = False):
    events.append(f"open {name}")
    try:
        await asyncio.sleep(hold)
        if fail:
            raise ConnectionError(f"{name} dropped")
        return name
    except asyncio.CancelledError:
        events.append(f"cancelled {name}")
        raise
    finally:
        events.append(f"close {name}")


def on_done(task: asyncio.Task):
    if task.cancelled():
        state = "cancelled"
    elif task.exception() is not None:
        state = f"error {task.exception()!r}"
    else:
        state = f"result {task.result()!r}"
    events.append(f"callback {task.get_name()}: {state}")


async def group_demo():
    try:
        async with asyncio.TaskGroup() as tg:
            for name, hold, fail in [("db", 0.05, False), ("cache", 0.02, True), ("queue", 0.08, False)]:
                t = tg.create_task(resource(name, hold, fail), name=name)
                t.add_done_callback(on_done)
    except* ConnectionError as eg:
        events.append(f"group failed: {[str(e) for e in eg.exceptions]}")


async def shield_demo():
    inner = asyncio.create_task(resource("payment", 0.04), name="payment")
    inner.add_done_callback(on_done)
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except asyncio.TimeoutError:
        events.append(f"timed out waiting; inner done={inner.done()}")
    result = await inner
    events.append(f"inner finished anyway: {result}")


async def cancel_demo():
    t = asyncio.create_task(resource("stream", 1.0), name="stream")
    t.add_done_callback(on_done)
    await asyncio.sleep(0.01)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        events.append(f"awaited cancelled task: args={e.args}")
    events.append(f"cancelled()={t.cancelled()} done()={t.done()}")


async def uncancel_demo():
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            events.append("stubborn: ignoring first cancel")
        await asyncio.sleep(0.01)
        return "survived"

    t = asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0)
    t.cancel()
    result = await t
    events.append(f"stubborn result={result} cancelling={t.cancelling()}")


async def main():
    for demo in (group_demo, shield_demo, cancel_demo, uncancel_demo):
        events.clear()
        await demo()
        print(f"{demo.__name__}:")
        for e in events:
            print("   ", e)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(resource("final-a", 0.02))
        tg.create_task(resource("final-b", 0.01, fail=True))


asyncio.run(main())
