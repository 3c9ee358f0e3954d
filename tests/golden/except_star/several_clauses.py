# except* with several clauses: each runs once with its part (repr of `as eg`), in clause
# order, a tuple clause, a naked exception wrapped in a group with an empty message, and
# except* ExceptionGroup refused.
import asyncio


def attempt(label, exc):
    print(f"{label}:")
    try:
        raise exc
    except* ValueError as eg:
        print("  ValueError clause:", repr(eg))
    except* (KeyError, IndexError) as eg:
        print("  lookup clause:", repr(eg))
    except* ArithmeticError as eg:
        print("  arithmetic clause:", repr(eg), type(eg).__name__)
    except* Exception as eg:
        print("  catch-all clause:", repr(eg))
    print("  after try")


async def main():
    attempt("mixed", ExceptionGroup("m", [KeyError("a"), ValueError("b"), ZeroDivisionError("c"),
                                          IndexError("d"), ValueError("e")]))
    attempt("nested", ExceptionGroup("outer", [ExceptionGroup("inner", [OverflowError("o"), ValueError("v")]),
                                               RuntimeError("r")]))
    attempt("naked ValueError", ValueError("alone"))
    attempt("naked KeyError", KeyError("key"))
    attempt("naked other", RuntimeError("rt"))
    try:
        try:
            raise ValueError("x")
        except* ValueError as eg:
            print("naked wrapped:", type(eg).__name__, repr(eg.message), eg.exceptions)
            print("  __traceback__ present:", eg.__traceback__ is not None)
    except Exception as e:
        print("unexpected", e)
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ExceptionGroup:
            print("not reached")
    except TypeError as e:
        print("except* ExceptionGroup:", type(e).__name__, e)
    try:
        try:
            raise ValueError(2)
        except* (ValueError, BaseExceptionGroup):
            print("not reached")
    except TypeError as e:
        print("tuple with group type:", e)


asyncio.run(main())
