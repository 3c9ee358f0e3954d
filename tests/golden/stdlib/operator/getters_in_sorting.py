# operator's getters and functions as sort keys and reducers, their reprs and errors.
import operator
from functools import reduce

rows = [("ann", 31, "x"), ("bob", 25, "y"), ("cy", 31, "a")]
print(sorted(rows, key=operator.itemgetter(1, 0)), sorted(rows, key=operator.itemgetter(2)))


class P:
    def __init__(self, name, city):
        self.name, self.city = name, type("C", (), {"zip": city})()


people = [P("z", 3), P("a", 1)]
print([p.name for p in sorted(people, key=operator.attrgetter("city.zip"))])
print(operator.itemgetter(1), operator.attrgetter("a", "b.c"), operator.methodcaller("split", ",", maxsplit=1))
print(operator.methodcaller("split", ",", maxsplit=1)("a,b,c"), reduce(operator.mul, range(1, 6)), reduce(operator.add, ["a", "b"]))
print(list(map(operator.neg, [1, -2])), operator.contains([1, 2], 2), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
for f in [lambda: operator.itemgetter(5)([1]), lambda: operator.attrgetter("nope")(1), lambda: operator.indexOf([1], 9)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
