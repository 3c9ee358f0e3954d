# total_ordering from each root comparison, cached_property computed once per instance,
# reduce with and without an initial value, lru_cache statistics and eviction.
from functools import cached_property, lru_cache, partial, reduce, total_ordering


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


@total_ordering
class Level:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


a, b = Money(100), Money(250)
print(a < b, a <= b, a > b, a >= b, a <= Money(100), sorted([b, a, Money(5)]))
print(Level(1) < Level(2), Level(2) <= Level(2), Level(3) > Level(1), Level(1) >= Level(4))
try:
    print(a < 3)
except TypeError as e:
    print(e)


class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, r.computed, "total" in vars(r))
print(reduce(lambda x, y: x * y, [1, 2, 3, 4]), reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
try:
    reduce(max, [])
except TypeError as e:
    print(e)


@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n


for n in [1, 2, 1, 3, 2, 1]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__name__, square.__wrapped__.__name__)
scale = partial(lambda k, v, offset=0: k * v + offset, 3, offset=1)
print(scale(4), scale(4, offset=10), scale.args, scale.keywords)
