# Raising inside except*: a bare `raise` keeps the original group's shape; a new exception
# joins the unhandled rest in a new group; `raise ... from` sets the cause; a naked exception
# re-raised by `raise` comes out naked.
import asyncio


def show(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(show(x) for x in e.exceptions)}])"
    return f"{type(e).__name__}({e})"


def case(label, body):
    try:
        body()
    except BaseException as e:
        ctx = e.__context__
        print(f"{label}: {show(e)}")
        print(f"   cause={show(e.__cause__) if e.__cause__ else None} context={show(ctx) if ctx else None}")


def bare_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError:
        raise


def bare_raise_both():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [TypeError(2), KeyError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        raise


def raise_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")


def raise_new_handled_all():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        raise RuntimeError("replacement") from eg


def raise_naked_again():
    try:
        raise KeyError("naked")
    except* KeyError:
        raise


def raise_in_two_clauses():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise LookupError("first")
    except* TypeError:
        raise ArithmeticError("second")


async def main():
    for label, body in (("bare raise", bare_raise), ("bare raise in two clauses", bare_raise_both),
                        ("raise new + rest", raise_new), ("raise from", raise_new_handled_all),
                        ("naked re-raised", raise_naked_again), ("two new", raise_in_two_clauses)):
        case(label, body)


asyncio.run(main())
