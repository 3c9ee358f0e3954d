# @contextmanager: the value yielded, cleanup on success and on error, exceptions caught or
# replaced inside the generator, suppression, reuse as a decorator, and the RuntimeErrors of a
# generator that does not yield or yields twice.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e, e.__context__, e.__traceback__ is not None)


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError, IndexError):
    {}["missing"]
print("after swallow")
try:
    with swallow(KeyError):
        [][1]
except IndexError as e:
    print("not swallowed:", e)


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))


@contextmanager
def counted():
    counted.calls += 1
    yield counted.calls


counted.calls = 0


@counted()
def work(x):
    return x * 2


print(work(1), work(2), counted.calls)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


@contextmanager
def ignores_error():
    try:
        yield
    except Exception:
        yield


try:
    with ignores_error():
        raise KeyError("k")
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def stop_inside():
    yield


try:
    with stop_inside():
        raise StopIteration("from body")
except StopIteration as e:
    print("StopIteration kept:", e)

cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)
print(tag.__name__, tag.__wrapped__.__name__, type(tag("x")).__name__)
