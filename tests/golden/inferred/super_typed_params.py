# super() with no arguments in a plain def whose first parameter inference typed (an int, a
# float, a bool): CPython's RuntimeError, as for any other def.
import asyncio


def with_int(x):
    return super()


def with_float(x):
    return super()


def with_bool(x):
    return super()


async def main():
    for f, arg in [(lambda: with_int(1), 1), (lambda: with_float(2.5), 2.5), (lambda: with_bool(True), True)]:
        try:
            f()
        except RuntimeError as e:
            print("RuntimeError:", e, arg)


asyncio.run(main())
