"""Closures, nonlocal, late binding, function attributes and class-based context managers."""
import sys
import time


def make_counter(start=0, step=1):
    count = start

    def incr():
        nonlocal count
        count += step
        return count

    def reset(to=start):
        nonlocal count
        count = to

    incr.reset = reset
    return incr


def make_accumulators():
    funcs = []
    for i in range(3):
        funcs.append(lambda x: x + i)
    fixed = [lambda x, i=i: x + i for i in range(3)]
    return funcs, fixed


def memo_fib():
    cache = {0: 0, 1: 1}

    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]

    return fib, cache


class Timer:
    """Context manager measuring elapsed time (printed only as a boolean)."""

    def __init__(self, label):
        self.label = label
        self.elapsed = None

    def __enter__(self):
        self.start = time.perf_counter()
        print(f"  enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        print(f"  exit {self.label}: exc={exc_type.__name__ if exc_type else None}")
        return False


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = []

    def __enter__(self):
        return self.caught

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.caught.append(f"{kind.__name__}: {value}")
            return True
        return None


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1

    def print(self, text):
        print("    " * self.level + text)


total = 0


def add_global(n):
    global total
    total += n
    return total


def main():
    c = make_counter(10, 5)
    print("counter:", c(), c(), c())
    c.reset()
    print("after reset:", c())
    c.reset(100)
    print("after reset(100):", c(), callable(c), len(vars(c)))
    late, fixed = make_accumulators()
    print("late binding:", [f(10) for f in late], "fixed:", [f(10) for f in fixed])
    fib, cache = memo_fib()
    print("fib(60):", fib(60), "cached:", len(cache))

    with Timer("outer") as t:
        with Timer("inner"):
            pass
    print("  measured:", t.elapsed is not None and t.elapsed >= 0)

    with Suppress(KeyError, IndexError) as caught:
        {}["missing"]
    with Suppress(KeyError, IndexError) as caught2:
        [][3]
    print("suppressed:", caught, caught2)

    try:
        with Timer("failing"), Suppress(KeyError):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("escaped:", e)

    with Indenter() as ind:
        ind.print("one")
        with ind:
            ind.print("two")
            with ind:
                ind.print("three")
        ind.print("back to one")
    print("level:", ind.level)

    for n in (1, 2, 3):
        add_global(n)
    print("global total:", total)

    def outer():
        x = "outer"

        def middle():
            def inner():
                return x
            return inner
        x = "changed"
        return middle()()

    print("closure sees:", outer())
    print("defaults:", make_counter.__defaults__, add_global.__code__.co_name if hasattr(add_global, "__code__") else "?")
    with Suppress(ZeroDivisionError):
        print(1 / 0)
    with Timer("exit"):
        sys.exit(5)


main()
