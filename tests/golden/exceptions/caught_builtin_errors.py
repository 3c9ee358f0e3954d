import asyncio

async def risky(n):
    await asyncio.sleep(0)
    if n == 2:
        raise KeyError(n)
    if n == 3:
        raise asyncio.CancelledError()
    return n

async def main():
    for n in range(4):
        try:
            r = await risky(n)
        except KeyError as e:
            print("KeyError", e, e.args)
        except asyncio.CancelledError:
            print("cancelled manually")
        else:
            print("ok", r)
        finally:
            print("--")
    try:
        raise ValueError("outer") from TypeError("inner")
    except ValueError as e:
        print(repr(e), repr(e.__cause__))
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped")
    except RuntimeError as e:
        print(type(e.__context__).__name__)
    try:
        assert 1 + 1 == 3, "math broke"
    except AssertionError as e:
        print("assert:", e)
    def f():
        return undefined_name
    try:
        f()
    except NameError as e:
        print(e)
    try:
        [].pop()
    except IndexError as e:
        print(e)
    try:
        {}["k"]
    except LookupError as e:
        print("lookup", repr(e))
    try:
        int("abc")
    except ValueError as e:
        print(e)
    try:
        None.foo
    except AttributeError as e:
        print(e)
    try:
        "a" + 1
    except TypeError as e:
        print(e)
    t = asyncio.create_task(risky(2))
    await asyncio.sleep(0.001)
    print(repr(t.exception()))
    await asyncio.sleep(0)

asyncio.run(main())
