# Library Reference: functools -- documented notes: cache_parameters(), partial repr/flattening,
# cached_property needs __dict__, total_ordering from __gt__, wraps copies __dict__, lru_cache on methods
from functools import lru_cache, partial, cached_property, wraps, total_ordering, reduce


@lru_cache(maxsize=32)
def f(x):
    return x


print(f.cache_parameters())
print(repr(partial(int, base=2)), repr(partial(max, 1, 2, key=abs)))


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __gt__(self, o):
        return self.v > o.v


print(V(1) < V(2), V(1) <= V(1), V(3) >= V(2))
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print('ValueError:', e)


def deco(fn):
    @wraps(fn)
    def w(*a):
        return fn(*a)
    return w


def g():
    "doc"


g.custom = 5
print(deco(g).custom, deco(g).__doc__, deco(g).__module__, deco(lambda: 1).__name__)
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a * b, range(1, 6), 1))


class M:
    @lru_cache
    def m(self, x):
        print('computing', x)
        return x * 2


o = M()
print(o.m(2), o.m(2), M.m.cache_info().hits)
p = partial(partial(int, '10'), base=16)
print(p(), p.func, p.args, p.keywords)


class S:
    __slots__ = ('a',)

    @cached_property
    def p(self):
        return 1


try:
    S().p
except TypeError as e:
    print('TypeError:', e)
