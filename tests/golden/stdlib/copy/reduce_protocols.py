# copy and deepcopy through __reduce_ex__/__reduce__ (callable, args, state, list items, dict
# items), __getstate__/__setstate__-less state into __dict__, and shared references kept.
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Bag(list):
    def __reduce_ex__(self, protocol):
        print("reduce_ex", protocol)
        return (Bag, (), {"label": getattr(self, "label", None)}, iter(self))


class Registry:
    def __init__(self):
        self.items = {"a": [1]}

    def __reduce__(self):
        return (Registry, (), None, None, iter(self.items.items()))

    def __setitem__(self, key, value):
        print("set", key, value)
        self.items[key] = value


p = Point(1, [2, 3])
c, d = copy.copy(p), copy.deepcopy(p)
print(c, d, c.y is p.y, d.y is p.y)
b = Bag([1, [2]])
b.label = "bag"
cb, db = copy.copy(b), copy.deepcopy(b)
print(cb, cb.label, cb[1] is b[1], db, db[1] is b[1])
r = copy.deepcopy(Registry())
print(r.items)
shared = [1]
pair = [Point(0, shared), Point(1, shared)]
dp = copy.deepcopy(pair)
print(dp, dp[0].y is dp[1].y, dp[0].y is shared)
