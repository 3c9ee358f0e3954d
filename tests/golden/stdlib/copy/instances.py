# copy/deepcopy of instances of user classes: attributes shared or copied, __init__ not called,
# __copy__/__deepcopy__ (with the memo passed on), __setstate__, list and dict subclasses,
# dataclasses and exceptions.
import copy
from dataclasses import dataclass, field


class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
q.tags.append("shared")
print(p, q, r, q.tags is p.tags, r.tags is p.tags, type(q).__name__)


class Tracked:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print("__copy__")
        return Tracked(self.items)

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Tracked(copy.deepcopy(self.items, memo))


t = Tracked([[1], [2]])
print(copy.copy(t).items is t.items, copy.deepcopy(t).items == t.items)
holder = [t, t]
h2 = copy.deepcopy(holder)
print(h2[0] is h2[1])


class WithState:
    def __init__(self):
        self.a = 1

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.restored = True


w = copy.copy(WithState())
print(w.a, w.restored)


class Bag(list):
    pass


b = Bag([1, [2]])
b.label = "bag"
b2 = copy.copy(b)
b3 = copy.deepcopy(b)
print(type(b2).__name__, b2, b2.label, b2[1] is b[1], b3[1] is b[1])


class Registry(dict):
    pass


reg = Registry(a=[1])
print(type(copy.copy(reg)).__name__, copy.copy(reg), copy.deepcopy(reg)["a"] is reg["a"])


@dataclass
class Config:
    name: str
    values: list = field(default_factory=list)


c = Config("x", [1, 2])
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2, c3, c2.values is c.values, c3.values is c.values, c2 == c)
e = ValueError("bad", 3)
e.note = [1]
e2 = copy.copy(e)
print(repr(e2), e2.note is e.note, e2 is e)
