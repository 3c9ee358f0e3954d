class TransientError(Exception):
    pass


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name} exc={exc_type.__name__ if exc_type else None}")
        return exc_type is TransientError


attempts = {"n": 0}


def flaky(fail_times):
    attempts["n"] += 1
    if attempts["n"] <= fail_times:
        raise TransientError(f"attempt {attempts['n']}")
    return f"ok after {attempts['n']}"


def retry(fn, *args, tries=3):
    last = None
    for i in range(tries):
        try:
            return fn(*args)
        except TransientError as e:
            last = e
            print(f"  retry {i}: {e}")
    raise RuntimeError(f"gave up after {tries}") from last


print(retry(flaky, 2))
attempts["n"] = 0
try:
    retry(flaky, 5)
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
with Resource("a") as r:
    raise TransientError("swallowed")
print("after with")
try:
    with Resource("b"), Resource("c"):
        raise KeyError("deep")
except KeyError as e:
    print("caught", e)


def f():
    try:
        return "try"
    finally:
        print("finally runs")


def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i


print(f(), g())
try:
    try:
        raise TypeError("inner")
    finally:
        print("cleanup before propagation")
except TypeError as e:
    print("outer got", e)
err = None
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
print(type(err).__name__, err.args, "scoped")
with Resource("d"):
    raise ValueError("not swallowed")
