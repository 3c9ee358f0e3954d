# operator's functions and callable classes: results, reprs and CPython's argument errors.
import operator
from operator import itemgetter, attrgetter, methodcaller
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(1, 0)(rows[0]), itemgetter(1), itemgetter(1, "a"))
class P:
    def __init__(self, x): self.x = x; self.me = self
    def f(self, a, k=0): return self.x + a + k
p = P(5)
print(attrgetter("x")(p), attrgetter("me.x", "x")(p), attrgetter("a.b", "c"), methodcaller("f", 1, k=2)(p), methodcaller("f", 1, k=2))
print(operator.add(1, 2), operator.mul("a", 3), operator.xor(5, 3), operator.and_(6, 3), operator.or_(1, 2), operator.pow(2, 10))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.is_(None, None), operator.not_(0), operator.truth([]), operator.neg(3), operator.inv(0))
l = [1]; print(operator.iadd(l, [2]), l, operator.iconcat(l, [3]), operator.contains([1, 2], 2), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
d = {}; operator.setitem(d, "k", 1); print(d, operator.getitem(d, "k")); operator.delitem(d, "k"); print(d, operator.index(7), operator.call(max, 1, 5), operator.abs(-3))
for bad in [lambda: operator.neg(), lambda: operator.add(1), lambda: operator.add(a=1, b=2), lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 2), lambda: operator.add("a", 1), lambda: itemgetter(1)()]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(operator.add, operator.itemgetter, type(itemgetter(1)))
