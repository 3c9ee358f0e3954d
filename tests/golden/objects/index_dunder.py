# Tests __index__: used by list/tuple/str indexing, slicing, range(), hex/bin and operator use.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print("  index", self.n)
        return self.n


xs = ["a", "b", "c", "d", "e"]
print(xs[Idx(1)], xs[Idx(-1)], ("t", "u")[Idx(0)], "str"[Idx(2)])
print(xs[Idx(1):Idx(3)], xs[::Idx(2)])
print(list(range(Idx(3))), list(range(Idx(1), Idx(7), Idx(2))))
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print("ab" * Idx(3), [0] * Idx(2))
xs[Idx(0)] = "A"
del xs[Idx(4)]
print(xs)
print(range(10)[Idx(4)], xs.pop(Idx(0)), xs)
print(xs.insert(Idx(0), "z"), xs)
try:
    xs[Idx(10)]
except IndexError as e:
    print(type(e).__name__, e)


class NotIdx:
    pass


try:
    xs[NotIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(NotIdx())
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * NotIdx()
except TypeError as e:
    print(type(e).__name__, e)


class BadIdx:
    def __index__(self):
        return "no"


try:
    xs[BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
print(int(Idx(7)), True.__index__(), (5).__index__())
