# singledispatch: union annotations, dispatch through a user class hierarchy, the wrapper's
# metadata, the registry, and the errors of bad registrations and of a call without arguments.
import asyncio
from functools import singledispatch


class Shape:
    pass


class Circle(Shape):
    pass


class Unit(Circle):
    pass


@singledispatch
def describe(x):
    """Describe a value."""
    return f"thing {x!r}"


@describe.register
def _(x: int | float):
    return f"number {x}"


@describe.register
def _(x: Shape):
    return f"shape {type(x).__name__}"


@describe.register(Circle)
def _(x):
    return f"round {type(x).__name__}"


async def main():
    for v in [3, 2.5, True, "s", Shape(), Circle(), Unit(), None]:
        await asyncio.sleep(0)
        print(describe(v))
    print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__)
    print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(Unit) is describe.registry[Circle])
    print(sorted(t.__name__ for t in describe.registry))
    for bad in [lambda: describe.register(5), lambda: describe()]:
        try:
            bad()
        except TypeError as e:
            print(e)


asyncio.run(main())
