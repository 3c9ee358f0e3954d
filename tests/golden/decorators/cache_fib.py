# functools.lru_cache and functools.cache on recursive functions.
import functools

calls = {"fib": 0, "paths": 0, "slow": 0}


@functools.lru_cache(maxsize=None)
def fib(n):
    calls["fib"] += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.cache
def paths(rows, cols):
    calls["paths"] += 1
    if rows == 1 or cols == 1:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


@functools.lru_cache(maxsize=2)
def slow_square(x):
    calls["slow"] += 1
    return x * x


print(fib(30), calls["fib"])
print(fib(35), calls["fib"])
print(fib.cache_info())
print([fib(i) for i in range(10)])
print(paths(10, 10), calls["paths"], paths.cache_info())
for x in [1, 2, 1, 3, 1, 2]:
    slow_square(x)
print(calls["slow"], slow_square.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), calls["fib"], fib.__name__, fib.__wrapped__.__name__)


class Catalog:
    def __init__(self, prices):
        self.prices = prices
        self.lookups = 0

    @functools.lru_cache(maxsize=16)
    def price_with_tax(self, item):
        self.lookups += 1
        return round(self.prices[item] * 1.2, 2)


c = Catalog({"pen": 1.5, "book": 12})
print(c.price_with_tax("pen"), c.price_with_tax("book"), c.price_with_tax("pen"), c.lookups)
