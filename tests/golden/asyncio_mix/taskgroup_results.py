# TaskGroup with nested groups, task names, results after exit, cancellation of siblings on error,
# and shield/wait_for interplay.
import asyncio


async def step(name: str, n: int, fail: bool = False) -> str:
    try:
        for i in range(n):
            await asyncio.sleep(0)
        if fail:
            raise ValueError(f"{name} failed")
        print("finished", name)
        return f"{name}:{n}"
    except asyncio.CancelledError:
        print("cancelled", name)
        raise


async def inner_group() -> list:
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(step(f"in{i}", i), name=f"inner-{i}") for i in range(3)]
    print("inner names", [t.get_name() for t in ts])
    return [t.result() for t in ts]


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(inner_group())
        b = tg.create_task(step("outer", 2))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("long1", 10))
            tg.create_task(step("bad", 1, fail=True))
            tg.create_task(step("long2", 5))
    except ExceptionGroup as eg:
        print("group:", [str(e) for e in eg.exceptions])
    inner = asyncio.create_task(step("shielded", 3))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0)
    except asyncio.TimeoutError:
        print("wait_for timed out; inner cancelled?", inner.cancelled())
    print("inner result", await inner)
    t = asyncio.create_task(step("victim", 5))
    await asyncio.sleep(0)
    print("cancel returns", t.cancel(), t.cancel())
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, t.cancelled())
    done = asyncio.create_task(step("done", 0))
    await done
    print("cancel done task", done.cancel(), done.result())


asyncio.run(main())
