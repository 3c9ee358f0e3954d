# Tests the object-model regressions listed in the issue, one check each.
xs = [0, 1, 2, 3, 4, 5]
del xs[1:3]
print(xs)
xs[1:2] = ["a", "b", "c"]
print(xs)
xs += {5}
print(xs)
d = {"a": 1}
print(d.values() == d.values(), d.keys() == {"a"}, d.items() == {("a", 1)})


class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f>" + super(B, self).f()


print(B().f())


def fn():
    return fn.counter


fn.counter = 3
print(fn(), fn.__dict__)


class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
    def __repr__(self):
        return f"P({self.x})"


items = [P(1), P(2), P(3)]
print(P(2) == P(2), P(2) != P(2), P(2) in items, items.index(P(3)), items.count(P(1)))
print(len({P(1), P(1), P(2)}), {P(1): "one"}[P(1)], P(4) in {P(4): 0})
items.remove(P(2))
print(items, [P(1), P(3)] == items, (P(1),) == (P(1),))
