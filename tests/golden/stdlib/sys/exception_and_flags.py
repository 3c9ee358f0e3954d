"""Error reporting helpers that look at the exception being handled through sys.exception()
(new in 3.11) and sys.exc_info(), inside tasks, nested handlers, finally blocks and after
the handler ends; then the recursion limit getter/setter and the stable sys.flags fields."""
import asyncio
import sys


def describe_current():
    e = sys.exception()
    if e is None:
        return "no exception"
    return f"{type(e).__name__}({', '.join(map(repr, e.args))})"


async def job(n):
    await asyncio.sleep(0.001 * n)
    try:
        if n == 0:
            return describe_current()
        if n == 1:
            raise KeyError("missing")
        if n == 2:
            {}["k"]
        raise ValueError(n, "bad")
    except LookupError:
        await asyncio.sleep(0)
        return "lookup: " + describe_current()
    except ValueError:
        return "value: " + describe_current()


async def main():
    print("outside:", sys.exception(), sys.exc_info())
    for line in await asyncio.gather(*(job(n) for n in range(4))):
        print(" ", line)

    try:
        raise RuntimeError("outer")
    except RuntimeError as outer:
        print("same object:", sys.exception() is outer, sys.exc_info()[1] is outer)
        t, v, tb = sys.exc_info()
        print("exc_info:", t.__name__, v, type(tb).__name__, tb.tb_lineno > 0)
        try:
            raise TypeError("inner")
        except TypeError:
            print("nested:", describe_current())
        print("back to outer:", describe_current())
        try:
            pass
        finally:
            print("finally inside handler:", describe_current())
    print("after handler:", describe_current(), sys.exc_info() == (None, None, None))

    try:
        try:
            1 / 0
        finally:
            print("finally while raising:", describe_current())
    except ZeroDivisionError as e:
        print("caught:", describe_current(), "context:", e.__context__)

    try:
        try:
            int("x")
        except ValueError:
            raise OSError(2, "not found") from None
    except OSError as e:
        print("chained:", describe_current(), e.__cause__, e.__suppress_context__,
              type(e.__context__).__name__)

    async def handler_in_task():
        try:
            raise IndexError("from task")
        except IndexError:
            await asyncio.sleep(0.001)
            return describe_current()

    t = asyncio.create_task(handler_in_task())
    try:
        raise NameError("main's own")
    except NameError:
        got = await t
        print("task sees its own:", got, "| main sees:", describe_current())

    print("-- recursion limit")
    old = sys.getrecursionlimit()
    print("default:", old, type(old).__name__)
    sys.setrecursionlimit(2500)
    print("raised:", sys.getrecursionlimit())
    for bad in (0, -5):
        try:
            sys.setrecursionlimit(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        sys.setrecursionlimit("100")
    except TypeError as e:
        print("TypeError:", e)
    sys.setrecursionlimit(old)
    print("restored:", sys.getrecursionlimit() == old)

    print("-- flags")
    f = sys.flags
    stable = ["debug", "inspect", "interactive", "optimize", "no_site", "verbose", "bytes_warning",
              "quiet", "isolated", "dev_mode", "safe_path"]
    print({k: getattr(f, k) for k in stable})
    print("type:", type(f).__name__, "optimize is int:", type(f.optimize) is int, "dev_mode is bool:",
          type(f.dev_mode) is bool)
    print("asserts on:", __debug__, f.optimize == 0)
    try:
        f.optimize = 2
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
