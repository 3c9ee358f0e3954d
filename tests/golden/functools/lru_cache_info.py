# lru_cache and cache on recursive functions: cache_info, cache_clear, maxsize eviction, typed.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.cache
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


@functools.lru_cache(maxsize=3)
def square(x):
    print(f"  computing square({x})")
    return x * x


@functools.lru_cache(maxsize=8, typed=True)
def describe(x):
    return f"{type(x).__name__}:{x}"


print(fib(30), fib.cache_info())
print(fib(31), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print([fib(i) for i in range(10)], fib.cache_info().hits)

print([partitions(n, n) for n in range(1, 16)])
info = partitions.cache_info()
print(info.maxsize, info.currsize > 0, info.misses == info.currsize)

for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    print(x, square(x))
print(square.cache_info())
print(square.cache_parameters())

print(describe(1), describe(1.0), describe(True), describe(1))
print(describe.cache_info())


@functools.lru_cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(10, 10), grid_paths.cache_info().currsize)
print(fib.__name__, grid_paths.__wrapped__(2, 2))
try:
    square([1, 2])
except TypeError as e:
    print("TypeError:", e)
