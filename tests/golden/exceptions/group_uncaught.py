import asyncio


async def step(name, delay, exc=None):
    await asyncio.sleep(delay)
    if exc:
        raise exc
    print(f"{name} ok")
    return name


async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("i1", 0.04))
        tg.create_task(step("i2", 0.08, KeyError("missing")))
        tg.create_task(step("i3", 0.12, ValueError("never raised")))


async def main():
    try:
        await inner()
    except ExceptionGroup as eg:
        print(repr(eg), [type(e).__name__ for e in eg.exceptions])
        e = eg.exceptions[0]
        print(type(e).__name__, eg.message, str(eg))
    eg = ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("nested", [TypeError("t"), KeyError("k")])])
    print(eg, [repr(x) for x in eg.exceptions])
    vs, rest = eg.split(ValueError)
    print(repr(vs), repr(rest))
    print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
    print(eg.derive([RuntimeError("r")]))
    eg.add_note("from main")
    try:
        raise eg
    except ExceptionGroup as caught:
        print(caught.__notes__, caught is eg)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("a", 0.04))
        tg.create_task(step("b", 0.08, RuntimeError("b failed")))
        tg.create_task(step("c", 0.2))

asyncio.run(main())
