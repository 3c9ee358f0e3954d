# Locals that are float on one path and int/str/None on another; try/except and del paths.
import asyncio


def either(flag):
    if flag:
        v = 1.5
    else:
        v = 2
    v = v * 2
    print("either", flag, repr(v), type(v).__name__, v / 4, v // 3)
    return v


def loop_changes():
    x = 0.0
    for i in range(4):
        if i == 2:
            x = i
        else:
            x = x + 0.5
        print("loop", i, repr(x), type(x).__name__)
    y = 1.0
    y = "text" if x > 100 else y
    z = None
    for k in range(3):
        z = k * 0.25 if z is None else z + k
    print(repr(y), repr(z))
    return x


def try_paths(d):
    r = -1.0
    try:
        r = 10.0 / d
        s = r * 2.0
    except ZeroDivisionError as e:
        print("handler sees r =", r, "err:", e)
        try:
            print(s)
        except UnboundLocalError as e2:
            print("UnboundLocalError:", e2)
        r = 0
    finally:
        print("finally r =", repr(r))
    return r


def maybe(n):
    if n > 0:
        val = float(n) * 1.5
    try:
        print("maybe", n, val)
    except UnboundLocalError as e:
        print("maybe", n, "->", e)
    t = 3.0
    del t
    try:
        print(t)
    except UnboundLocalError as e:
        print("after del:", e)
    t = 4.5
    print("reassigned", t + 1.0)


def flip(n):
    v = 0.5
    for i in range(n):
        yield repr(v)
        v = i if i % 2 else v * 3.0


async def main():
    print(either(True), either(False))
    print(loop_changes())
    print(try_paths(4.0), try_paths(0.0))
    maybe(2)
    maybe(0)
    print(list(flip(5)))
    w = 2.25
    await asyncio.sleep(0)
    w = w * 2
    del w
    await asyncio.sleep(0)
    print("deleted, now reading")
    print(w)


asyncio.run(main())
