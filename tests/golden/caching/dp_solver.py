"""Dynamic programming helpers with functools caching, partial and reduce."""
from functools import lru_cache, cache, partial, reduce, wraps
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)
calls: dict[str, int] = {}


def counted(fn: F) -> F:
    @wraps(fn)
    def wrapper(*args, **kwargs):
        calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
        return fn(*args, **kwargs)
    return wrapper  # type: ignore[return-value]


@lru_cache(maxsize=None)
@counted
def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


@cache
def partitions(n: int, largest: int) -> int:
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


@lru_cache(maxsize=4, typed=True)
def scale(x, factor=2):
    return x * factor


def knapsack(items: tuple[tuple[str, int, int], ...], capacity: int) -> tuple[int, list[str]]:
    @lru_cache(maxsize=None)
    def best(i: int, cap: int) -> tuple[int, tuple[str, ...]]:
        if i == len(items):
            return 0, ()
        name, weight, value = items[i]
        skip = best(i + 1, cap)
        if weight > cap:
            return skip
        v, chosen = best(i + 1, cap - weight)
        take = (v + value, (name,) + chosen)
        return max(skip, take)
    value, chosen = best(0, capacity)
    print(f"  knapsack cache: {best.cache_info()}")
    return value, list(chosen)


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(f"{a!r:>11} -> {b!r:<11} distance {edit_distance(a, b)}")
print(edit_distance.cache_info(), calls)
print(edit_distance.__name__, edit_distance.__doc__, edit_distance.__wrapped__.__name__)
edit_distance.cache_clear()
print(edit_distance.cache_info().currsize, edit_distance("abc", "abd"), calls["edit_distance"])

print([partitions(n, n) for n in range(1, 16)], partitions(60, 60))
print(partitions.cache_info().hits > 0, partitions.cache_parameters())

print(scale(3), scale(3.0), scale(3), scale("ab"), scale(x=3), scale(3, 2), scale(3, factor=2))
print(scale.cache_info())

gear = (("tent", 5, 60), ("stove", 3, 40), ("camera", 1, 35), ("books", 4, 15), ("food", 2, 50),
        ("chair", 4, 10))
print(knapsack(gear, 10))

to_base = partial(int, base=2)
hexint = partial(int, base=16)
print(to_base("101101"), hexint("ff"), to_base.func is int, to_base.keywords, hexint.args)
pipeline: list[Callable[[float], float]] = [partial(pow, 2), partial(max, 10), lambda x: x / 4]
print(reduce(lambda acc, f: f(acc), pipeline, 3), reduce(lambda acc, f: f(acc), pipeline, 5))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]), reduce(max, [3, 9, 2], 0))
add3 = partial(partial(lambda a, b, c: a + b + c, 1), 2)
print(add3(3), add3.args)
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
print(repr(partial(scale, factor=10))[:40].split(" at ")[0])
print(partitions(2000, 2000) % 1_000_000_007)
