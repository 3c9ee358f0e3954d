"""Hand-rolled LRU cache (dict ordering), used as a decorator; statistics and eviction log."""
from dataclasses import dataclass, field
from typing import Callable, Generic, Hashable, Optional, TypeVar
import functools

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    evictions: list = field(default_factory=list)

    @property
    def ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


class LRU(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._d: dict[K, V] = {}
        self.stats = Stats()

    def get(self, key: K) -> Optional[V]:
        if key in self._d:
            self.stats.hits += 1
            val = self._d.pop(key)
            self._d[key] = val
            return val
        self.stats.misses += 1
        return None

    def put(self, key: K, val: V) -> None:
        if key in self._d:
            del self._d[key]
        elif len(self._d) >= self.capacity:
            oldest = next(iter(self._d))
            self.stats.evictions.append(oldest)
            del self._d[oldest]
        self._d[key] = val

    def __repr__(self) -> str:
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._d.items())
        return f"LRU({self.capacity}){{{items}}}"

    def __len__(self) -> int:
        return len(self._d)


def memoize(capacity: int) -> Callable:
    def deco(fn: Callable) -> Callable:
        cache: LRU = LRU(capacity)
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            hit = cache.get(key)
            if hit is not None:
                return hit
            result = fn(*args, **kwargs)
            cache.put(key, result)
            return result
        wrapper.cache = cache
        return wrapper
    return deco


@memoize(capacity=64)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize(capacity=3)
def slow_square(x: int, *, offset: int = 0) -> int:
    print(f"  computing {x}^2+{offset}")
    return x * x + offset


c: LRU[str, int] = LRU(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c, c.get("a"), c)
c.put("d", 4)
print(c, c.get("b"), c.stats)
c.put("c", 30)
c.put("e", 5)
print(c, len(c), f"{c.stats.ratio:.2%}")
print(fib(90), fib.__name__, len(fib.cache), fib.cache.stats.hits, fib.cache.stats.misses)
for x, off in [(3, 0), (4, 0), (3, 0), (5, 1), (6, 0), (3, 0), (5, 1)]:
    print(f"sq({x},{off}) = {slow_square(x, offset=off)}")
st = slow_square.cache.stats
print(st.evictions, st.hits, st.misses, f"{st.ratio:.3f}")
print(functools.reduce(lambda acc, n: acc + fib(n), range(10), 0))
LRU(0)
