"""Decorators with arguments, functools.lru_cache/partial/reduce/wraps/singledispatch."""
import functools
from functools import partial, reduce, singledispatch, wraps, lru_cache, cached_property


def retry(times=3, exceptions=(Exception,)):
    def decorate(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    print(f"  {func.__name__}: attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{func.__name__} failed after {times} attempts")
        wrapper.attempts = times
        return wrapper
    return decorate


def count_calls(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


state = {"n": 0}


@retry(times=4, exceptions=(ValueError, KeyError))
def flaky(threshold):
    """Succeeds on the threshold-th call."""
    state["n"] += 1
    if state["n"] < threshold:
        raise ValueError(f"too early ({state['n']})")
    return state["n"]


@count_calls
@lru_cache(maxsize=32)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


@singledispatch
def describe(obj):
    return f"object {type(obj).__name__}"


@describe.register
def _(obj: int):
    return f"int {obj:#x}"


@describe.register(list)
@describe.register(tuple)
def _seq(obj):
    return f"sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)


@describe.register
def _(obj: bool):
    return "bool " + ("yes" if obj else "no")


class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.rows)

    @functools.cached_property
    def summary(self):
        return f"{len(self.rows)} rows, total {self.total}"


def power(base, exponent):
    return base ** exponent


def main():
    print("flaky:", flaky(3), "| meta:", flaky.__name__, flaky.__doc__, flaky.attempts)
    state["n"] = -10
    try:
        flaky(100)
    except RuntimeError as e:
        print("  gave up:", e)
    print("ways(100):", ways(100), "calls:", ways.calls)
    inner = ways.__wrapped__
    print("cache:", inner.cache_info())
    print("ways(30):", ways(30), "calls:", ways.calls, inner.cache_info().hits > 0)

    for obj in (42, True, "s", [1, (2, False)], 3.5):
        print("  describe:", describe(obj))
    print("  registry has list:", list in describe.registry, describe.dispatch(bool).__name__)

    square = partial(power, exponent=2)
    cube = partial(power, exponent=3)
    print("partials:", [square(i) for i in range(5)], cube(3), square.keywords, square.func.__name__)
    two_to = partial(power, 2)
    print("2**10 =", two_to(10), two_to.args)
    print("reduce:", reduce(lambda a, b: a * b, range(1, 11)), reduce(max, [3, 9, 2], 0),
          reduce(lambda acc, s: acc + s[0], ["alpha", "beta", "gamma"], ""))

    r = Report([3, 4, 5])
    print(r.total, r.total, r.summary, r.computed, "total" in vars(r))
    del r.total
    r.rows.append(10)
    print(r.total, r.computed)
    try:
        reduce(lambda a, b: a + b, [])
    except TypeError as e:
        print("reduce empty:", e)
    print(square(base=3))
    print(square(3, 4))


main()
