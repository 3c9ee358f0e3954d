# "Did you mean" on uncaught NameError and AttributeError (CPython 3.11's suggestions: locals,
# then globals, then builtins; dir() of the object), on every exception of the printed chain;
# none for UnboundLocalError, an exception made by hand, or asyncio's logged tracebacks.
import asyncio

counter = 10
Counter = 11


class Thing:
    kind = "thing"

    def __init__(self):
        self.colour = "red"
        self.size = 3

    def paint(self):
        return self.color


def locals_first(alpha, beta=2, *rest, gamma=3, **extra):
    delta = 4
    return alpah + beta + delta


def steps():
    yield lambda: Thing().paint()
    yield lambda: locals_first(1)
    yield lambda: countr
    yield lambda: prnt("x")
    yield lambda: asyncoi.sleep(0)
    yield lambda: Thing.knd
    yield lambda: [1, 2].apend(3)
    yield lambda: "abc".uper()
    yield lambda: None.real_part
    yield lambda: (5).bit_lenght()
    yield lambda: ValueError("x").ags
    yield lambda: {}.iterms()
    yield lambda: COUNTER
    yield lambda: zzzzzz_unrelated
    yield lambda: Thing().zzzzzz_unrelated
    yield lambda: Thing().SIZE


async def broken():
    return undefined_nam


async def main():
    asyncio.create_task(broken())
    await asyncio.sleep(0.01)


asyncio.run(main())


def unbound():
    value = valeu  # noqa
    valeu = 1
    return value


def chain(gen):
    try:
        step = next(gen)
    except StopIteration:
        try:
            unbound()
        except UnboundLocalError:
            raise NameError("made by hand: nam")
    try:
        step()
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e)
        chain(gen)


chain(steps())
