"""Tracing finally/else ordering, return-in-finally, generators closing, and nested handlers."""
trace = []


def log(msg):
    trace.append(msg)


def step(n, fail_at=None):
    try:
        log(f"try {n}")
        if n == fail_at:
            raise ValueError(f"fail {n}")
    except ValueError as e:
        log(f"except {e}")
        return "handled"
    else:
        log(f"else {n}")
        return "ok"
    finally:
        log(f"finally {n}")


def finally_overrides():
    try:
        return "from try"
    finally:
        log("finally runs before the return completes")


def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("lost")
        finally:
            if i == 1:
                break
    return i


def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            log("inner handler")
            raise TypeError("from handler")
        finally:
            log("inner finally")
    except TypeError as e:
        log(f"outer caught {e!r}, context={e.__context__!r}")
    finally:
        log("outer finally")


def resource_gen():
    log("gen start")
    try:
        yield 1
        yield 2
    finally:
        log("gen cleanup")


def loop_with_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def with_exception_var():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except NameError as err:
        return f"NameError: {err}"


def main():
    for args in ((1,), (2, 2)):
        trace.clear()
        result = step(*args)
        print(result, trace)
    trace.clear()
    print(finally_overrides(), trace)
    print("swallowed:", swallow())
    trace.clear()
    nested()
    for t in trace:
        print("  ", t)
    trace.clear()
    g = resource_gen()
    print(next(g), trace)
    del g
    print("after del:", trace)
    trace.clear()
    for v in resource_gen():
        if v == 1:
            break
    print("after break:", trace)
    print(loop_with_continue())
    print(with_exception_var())
    trace.clear()
    try:
        try:
            raise ValueError("first")
        finally:
            log("cleanup before propagate")
    except ValueError:
        log("propagated")
    print(trace)
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            {}["k"]
        except KeyError as ke:
            print("ctx:", type(ke.__context__).__name__, ke.__suppress_context__)
    try:
        raise ValueError("outer")
    finally:
        print("final cleanup")


main()
