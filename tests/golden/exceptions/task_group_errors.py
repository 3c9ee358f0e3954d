# Several failing tasks in a TaskGroup: the ExceptionGroup that comes out, its exceptions,
# subgroup/split by type, nested groups, siblings being cancelled, and handling with plain
# except ExceptionGroup.
import asyncio


class FetchError(Exception):
    pass


async def fetch(name, steps, fail=None):
    try:
        for _ in range(steps):
            await asyncio.sleep(0)
        if fail:
            raise fail(f"{name} failed after {steps}")
        return name.upper()
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        ok = [tg.create_task(fetch(n, i)) for i, n in enumerate(["a", "b", "c"])]
    print([t.result() for t in ok])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("users", 2, FetchError))
            tg.create_task(fetch("orders", 2, KeyError))
            tg.create_task(fetch("slow", 5))
            tg.create_task(fetch("stats", 1, ValueError))
    except ExceptionGroup as eg:
        print(repr(eg.message), len(eg.exceptions))
        print([f"{type(e).__name__}: {e}" for e in eg.exceptions])
        fetch_errors = eg.subgroup(FetchError)
        print(fetch_errors, [str(e) for e in fetch_errors.exceptions])
        match, rest = eg.split((KeyError, ValueError))
        print(len(match.exceptions), len(rest.exceptions), eg.subgroup(TypeError))
        print(isinstance(eg, Exception), type(eg).__mro__[1].__name__)
    nested = ExceptionGroup("batch", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")])])
    print(nested, [type(e).__name__ for e in nested.exceptions])
    vs, others = nested.split(ValueError)
    print(vs, others, [str(e) for e in vs.exceptions[1].exceptions])
    try:
        raise nested
    except ExceptionGroup as g:
        print(g is nested, g.exceptions[1].exceptions[0].__class__.__name__, g.derive([KeyError("k")]))


asyncio.run(main())
