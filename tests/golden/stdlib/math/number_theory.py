# Integer functions: gcd/lcm (0, 1, many, negative, big, none), isqrt, factorial, comb, perm, prod,
# including the ValueError/TypeError/OverflowError texts each one raises for bad arguments.
import math


class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f"Idx({self.v})"


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, args, kw or "", "->", repr(r))
    except Exception as e:
        print(f.__name__, args, kw or "", "!", type(e).__name__, e)


for args in [(), (0,), (7,), (-7,), (0, 0), (12, 18), (-12, 18), (12, -18), (0, -5), (1, 10**30),
             (2**100, 2**60 * 3), (6, 10, 15), (4, 6, 8, 10), (True, 4), (Idx(12), 8), (3, 1.0), (3, "6")]:
    show(math.gcd, *args)
    show(math.lcm, *args)
print(math.lcm(*range(1, 31)), math.gcd(*range(10, 101, 10)))

for n in [0, 1, 2, 3, 4, 15, 16, 24, 25, 10**20, 2**200 - 1, 10**100, True, Idx(99), -1, -10**30, 4.0, "9"]:
    show(math.isqrt, n)

for n in [0, 1, 5, 20, 21, 30, True, Idx(6), -1, 5.0, 5.5, "5", None]:
    show(math.factorial, n)
print(len(str(math.factorial(500))), math.factorial(100) % 10**9)

for args in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (52, 5), (100, 50), (10**4, 3), (-1, 2), (5, -2),
             (5.0, 2), (5, 2.0), (True, True), (Idx(10), Idx(3))]:
    show(math.comb, *args)
    show(math.perm, *args)
for n in [0, 5, 10, -3, 2.5]:
    show(math.perm, n)
show(math.perm, 5, None)
show(math.comb, 5)
show(math.perm, 30, 20)
for f, a in [(math.comb, (2**70, 2**65)), (math.perm, (2**70, 2**65)), (math.factorial, (2**70,)),
             (math.factorial, (-2**70,)), (math.comb, (2**70, 2**70 - 3)), (math.perm, (5, 2**70)), (math.comb, (5, 2**70))]:
    show(f, *a)

for args, kw in [(([1, 2, 3, 4],), {}), (([],), {}), (([], ), {"start": 10}), ((range(1, 21),), {}),
                 (([1.5, 2, 4],), {}), (([2, 3],), {"start": 0.5}), (([2**40] * 3,), {}),
                 (([1, 2, True, False],), {}), (([3, 1j],), {}), (([2, 3],), {"start": "x"}),
                 ((["a", "b"],), {}), (([],), {"start": "s"}), ((["ab"],), {}), (([1e200, 1e200],), {}),
                 (([float('inf'), 0],), {}), ((range(1, 6), 3), {}), (((1, 2),), {"begin": 3})]:
    show(math.prod, *args, **kw)
print(math.prod(x / 2 for x in range(1, 6)), math.prod(iter([2, 2]), start=2**64), math.prod({3: 0, 5: 0}))
