# Tests set subclasses: inherited methods, operator result types, overridden add.
class MySet(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self


s = MySet([3, 1])
s.add_all(2, 4)
print(sorted(s), len(s), 2 in s, type(s).__name__, isinstance(s, set))
print(type(s | {9}).__name__, type(s & {1}).__name__, type(s - {1}).__name__)
print(type(s.copy()).__name__, type(s.union([5])).__name__, sorted(s ^ {1, 7}))
print(s == {1, 2, 3, 4}, s <= {1, 2, 3, 4, 5}, s > {1}, MySet() == set())
s |= {10}
print(type(s).__name__, sorted(s))
s -= {10, 4}
print(sorted(s), MySet([1]))


class Logged(set):
    def add(self, x):
        print("  add", x)
        super().add(x * 10)


g = Logged()
g.add(1)
g.add(2)
print(sorted(g), repr(Logged([5])))
g.update([3])
print(sorted(g))


class Frozen(frozenset):
    def describe(self):
        return f"{len(self)} items"


fz = Frozen([1, 2, 2])
print(fz, fz.describe(), hash(fz) == hash(frozenset([1, 2])), {fz: 1}[frozenset([2, 1])])
try:
    fz.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
print(MySet("aa"), type(frozenset([1]) | fz).__name__)
