# add_note (PEP 678): notes are kept in __notes__ and printed under the exception line of an
# uncaught traceback, also inside an asyncio task; with_traceback(None) returns the exception.
import asyncio


class ConfigError(ValueError):
    pass


def parse(line, number):
    try:
        key, value = line.split("=")
        return key.strip(), int(value)
    except ValueError as e:
        e.add_note(f"while parsing line {number}: {line!r}")
        raise


def load(lines):
    out = {}
    for i, line in enumerate(lines, 1):
        try:
            k, v = parse(line, i)
            out[k] = v
        except ValueError as e:
            print("skipped:", e, e.__notes__)
    return out


async def worker(name):
    await asyncio.sleep(0.01)
    err = ConfigError(f"{name} failed")
    err.add_note("retry with --force")
    err.add_note("see the log\nfor details")
    raise err


async def main():
    print(load(["a = 1", "b = two", "c = 3 = 4", "d=4"]))
    e = KeyError("k")
    print(e.with_traceback(None) is e, hasattr(e, "__notes__"))
    try:
        e.add_note(42)
    except TypeError as t:
        print(t)
    e.__notes__ = "not a list"
    try:
        e.add_note("x")
    except TypeError as t:
        print(t)
    print(ConfigError.mro())
    print([c.__name__ for c in KeyError.mro()])
    task = asyncio.create_task(worker("db"))
    await task


asyncio.run(main())
