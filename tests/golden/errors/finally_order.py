"""Resource cleanup ordering: try/except/else/finally, return in finally, loops and generators."""

trail = []


def step(name):
    trail.append(name)


def risky(kind):
    step(f"risky({kind})")
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        raise KeyError("k")
    return kind


def handler(kind):
    try:
        step("try")
        result = risky(kind)
    except ValueError as e:
        step(f"except ValueError({e})")
        return "handled"
    else:
        step("else")
        return f"ok:{result}"
    finally:
        step("finally")


for kind in ("fine", "value", "key"):
    trail.clear()
    try:
        print(kind, "->", handler(kind), trail)
    except KeyError as e:
        print(kind, "-> escaped", repr(e), trail)


def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"


def override():
    try:
        return "try value"
    finally:
        step("override finally")


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    else:
        out.append("else never")
    return out


print(swallow(), override(), loop_control())


def nested(level):
    try:
        try:
            step(f"inner try {level}")
            if level > 0:
                raise IndexError(level)
        finally:
            step("inner finally")
    except IndexError as e:
        step(f"outer except {e}")
        if level > 1:
            raise LookupError("re-raised") from None
    finally:
        step("outer finally")


for lvl in range(3):
    trail.clear()
    try:
        nested(lvl)
    except LookupError as e:
        trail.append(f"caller got {e!r} ctx={e.__context__!r} sup={e.__suppress_context__}")
    print(lvl, trail)


def gen():
    try:
        step("gen start")
        yield 1
        yield 2
    finally:
        step("gen finally")


trail.clear()
for v in gen():
    step(f"got {v}")
    break
step("after loop")
print(trail)

trail.clear()
g = gen()
next(g)
g.close()
print(trail, next(g, "exhausted"))


def exc_in_except():
    try:
        {}["missing"]
    except KeyError:
        step("handling KeyError")
        return int("not a number")


try:
    exc_in_except()
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))


def counting():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("  finally n =", n)


print("counting ->", counting())
try:
    pass
finally:
    print("module-level finally")


def cleanup_fails():
    try:
        raise ConnectionError("network down")
    finally:
        trail.append("closing socket")
        raise OSError("socket close failed")


cleanup_fails()
