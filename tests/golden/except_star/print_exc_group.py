# traceback.print_exc() of a caught ExceptionGroup (stderr: the boxes, nested groups, notes,
# a chained cause), and traceback.format_exception_only lines on stdout.
import asyncio
import traceback


async def leaf(kind):
    await asyncio.sleep(0)
    if kind == "v":
        raise ValueError("leaf value")
    try:
        {}["missing"]
    except KeyError as e:
        raise LookupError("leaf lookup") from e


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(leaf("v"))
            tg.create_task(leaf("k"))
    except ExceptionGroup as eg:
        print("caught:", repr(eg))
        print("format_exception_only:", traceback.format_exception_only(type(eg), eg))
        traceback.print_exc()
    eg = ExceptionGroup("hand made", [ValueError(1), ExceptionGroup("nested", [TypeError(2)])])
    eg.add_note("a note on the group")
    eg.exceptions[0].add_note("a note on the leaf")
    try:
        raise eg
    except* TypeError:
        print("TypeError part handled")
    except* ValueError:
        traceback.print_exc()
        print("lines:", len(traceback.format_exc().splitlines()) > 0)
    print("done")


asyncio.run(main())
