# Nested TaskGroups give nested ExceptionGroups; except* matches leaves at any depth and
# keeps the nesting in each part; the tree is printed level by level.
import asyncio


def tree(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__} {e.message!r} ({len(e.exceptions)})")
        for x in e.exceptions:
            tree(x, depth + 1)
    else:
        print(f"{pad}{type(e).__name__}: {e}")


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def section(name, excs):
    async with asyncio.TaskGroup() as tg:
        for exc in excs:
            tg.create_task(fail(exc))
    print(f"{name} not reached")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(section("s1", [ValueError("s1-v"), KeyError("s1-k")]))
            tg.create_task(section("s2", [ValueError("s2-v")]))
    except ExceptionGroup as eg:
        print("whole tree:")
        tree(eg)
        stored = eg
    try:
        raise stored
    except* ValueError as eg:
        print("ValueError part:")
        tree(eg)
    except* KeyError as eg:
        print("KeyError part:")
        tree(eg)
    match, rest = stored.split(lambda e: isinstance(e, KeyError))
    print("split KeyError:")
    tree(match)
    tree(rest)


asyncio.run(main())
