# ExceptionGroup.split and subgroup with a type, a tuple of types and a predicate: nesting
# kept, None when nothing (or everything) matches, the same object when all match, and
# message, notes and __cause__ copied to the parts.
import asyncio


def show(e):
    if e is None:
        return "None"
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(show(x) for x in e.exceptions)}])"
    return f"{type(e).__name__}({e})"


async def main():
    eg = ExceptionGroup("top", [
        ValueError("v1"),
        TypeError("t1"),
        ExceptionGroup("mid", [ValueError("v2"), KeyError("k"), ExceptionGroup("low", [OSError("o")])]),
    ])
    eg.add_note("top note")
    eg.__cause__ = RuntimeError("cause")
    print("whole:", show(eg))
    for label, cond in (("ValueError", ValueError),
                        ("(KeyError, OSError)", (KeyError, OSError)),
                        ("LookupError", LookupError),
                        ("ZeroDivisionError", ZeroDivisionError),
                        ("Exception", Exception),
                        ("pred str has 2", lambda e: "2" in str(e)),
                        ("pred is group", lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")):
        match, rest = eg.split(cond)
        print(f"split {label}:")
        print("   match:", show(match))
        print("   rest: ", show(rest))
        sub = eg.subgroup(cond)
        print("   subgroup same as match:", show(sub) == show(match), "is eg:", sub is eg)
    m, r = eg.split(ValueError)
    print("notes copied:", m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
    print("cause copied:", repr(m.__cause__), m.__cause__ is eg.__cause__)
    print("leaf identity:", m.exceptions[0] is eg.exceptions[0])
    print("exceptions is tuple:", type(eg.exceptions).__name__, len(eg.exceptions))
    print("message:", repr(eg.message), repr(eg.exceptions[2].message))


asyncio.run(main())
