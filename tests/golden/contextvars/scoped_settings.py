import asyncio
import contextlib
import contextvars

precision = contextvars.ContextVar("precision", default=2)
unit = contextvars.ContextVar("unit", default="m")


@contextlib.contextmanager
def settings(**changes):
    tokens = []
    for name, value in changes.items():
        var = {"precision": precision, "unit": unit}[name]
        tokens.append(var.set(value))
    print("  enter", changes, "->", describe())
    try:
        yield
    finally:
        for tok in reversed(tokens):
            tok.var.reset(tok)
        print("  exit ->", describe())


def describe():
    return f"{precision.get()}/{unit.get()}"


def fmt(x):
    return f"{x:.{precision.get()}f}{unit.get()}"


print(fmt(3.14159))
with settings(precision=4):
    print(fmt(3.14159))
    with settings(unit="km", precision=0):
        print(fmt(1234.5))
    print(fmt(2.5))
print(fmt(2.5))

try:
    with settings(unit="cm"):
        print(fmt(0.125))
        raise ValueError("bad measurement")
except ValueError as e:
    print("caught:", e, "settings restored:", describe())


async def measure(name, value, delay, **changes):
    with settings(**changes):
        await asyncio.sleep(delay)
        print(f"{name}: {fmt(value)}")
        await asyncio.sleep(delay)
        result = fmt(value)
    print(f"{name} done: {describe()}")
    return result


async def main():
    with settings(precision=1):
        results = await asyncio.gather(
            measure("a", 1.23456, 0.24, unit="mm"),
            measure("b", 9.87654, 0.04, precision=3),
            measure("c", 5.55555, 0.14),
        )
        print("gathered:", results, "main:", describe())
    print("main after:", describe())

    # A token made in main cannot be reset from a task (another Context).
    tok = unit.set("in")
    async def reset_elsewhere():
        try:
            unit.reset(tok)
        except ValueError as e:
            print("reset from task ->", type(e).__name__)
        return unit.get()
    print("task sees", await asyncio.create_task(reset_elsewhere()))
    unit.reset(tok)
    print("main reset ok:", describe())


asyncio.run(main())
print("end:", describe())
