import asyncio
def helper():
    try:
        int("x")
    except ValueError as e:
        return e
def reraiser():
    raise
def convert():
    try:
        int("y")
    except ValueError:
        raise RuntimeError("converted")
try:
    raise KeyError("outer")
except KeyError:
    e = helper()
    print("helper:", repr(e.__context__))
    try:
        reraiser()
    except KeyError as k:
        print("bare raise in callee:", repr(k))
try:
    reraiser()
except RuntimeError as r:
    print(r)
def gen():
    try:
        yield 1
        [][0]
    except IndexError:
        yield 2
        raise TypeError("in gen")
g = gen()
next(g)
try:
    raise KeyError("while next")
except KeyError:
    try:
        next(g)
    except IndexError as e:
        print("gen ctx", repr(e.__context__))
try:
    next(g)
except TypeError as t:
    print("gen handler ctx", repr(t.__context__), repr(t.__context__.__context__))
try:
    try:
        raise ValueError("a")
    finally:
        try:
            raise KeyError("in finally")
        except KeyError as k:
            print("finally ctx", repr(k.__context__))
except ValueError:
    pass
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        try:
            {}["z"]
        except KeyError as k:
            print("exit ctx", repr(k.__context__))
        return True
with CM():
    raise OSError("body")
x = ValueError("saved")
try:
    raise KeyError("k1")
except KeyError:
    try:
        raise x
    except ValueError as v:
        print("saved ctx", repr(v.__context__))
try:
    raise IndexError("k2")
except IndexError:
    try:
        raise x
    except ValueError as v:
        print("saved ctx overwritten", repr(v.__context__))
async def inner():
    raise ValueError("inner")
async def main():
    try:
        raise KeyError("async outer")
    except KeyError:
        try:
            await inner()
        except ValueError as v:
            print("await ctx", repr(v.__context__))
        await asyncio.sleep(0)
        try:
            await asyncio.sleep(0)
            {}[1]
        except KeyError as k:
            print("after sleep ctx", repr(k.__context__))
    async def other():
        try:
            [][1]
        except IndexError as i:
            print("other task ctx", repr(i.__context__))
    try:
        raise KeyError("holding")
    except KeyError:
        t = asyncio.create_task(other())
        await asyncio.sleep(0)
    await t
asyncio.run(main())
convert()
