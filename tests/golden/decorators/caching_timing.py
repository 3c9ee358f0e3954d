import functools


def trace(fn):
    depth = 0

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal depth
        sig = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{'  ' * depth}-> {fn.__name__}({sig})")
        depth += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth -= 1
        print(f"{'  ' * depth}<- {fn.__name__} = {result!r}")
        return result
    return wrapper


@trace
def fact(n):
    """Factorial."""
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(4), fact.__name__, fact.__doc__, fact.__wrapped__(5))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def square(x):
    print(f"  computing {x}")
    return x * x


for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(square.cache_info())


@functools.cache
def path_count(r, c):
    return 1 if r == 0 or c == 0 else path_count(r - 1, c) + path_count(r, c - 1)


print(path_count(10, 10))
power = functools.partial(pow, exp=2)
print(power(7), power(base=3), power.func is pow, power.keywords, functools.partial(max, default=0)([]))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], "init"))


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"), max(vs))
print(sorted(["b", "a", "C"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
functools.reduce(lambda a, b: a + b, [])
