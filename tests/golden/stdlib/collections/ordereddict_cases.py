# OrderedDict: move_to_end both ways, popitem(last=True/False), order-sensitive equality
# between OrderedDicts but not with dict, repr (3.11 list-of-pairs form), reversed, errors.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, repr(OrderedDict()), OrderedDict(x=1))
od.move_to_end("b")
print("move b to end:", list(od))
od.move_to_end("c", last=False)
print("move c to front:", list(od))
od.move_to_end("c", False)
print("already first:", list(od))
print("popitem last:", od.popitem(), list(od))
print("popitem first:", od.popitem(last=False), list(od))
od["z"] = 26
od["a"] = 100  # updating keeps the position
print(od)

p = OrderedDict([("x", 1), ("y", 2)])
q = OrderedDict([("y", 2), ("x", 1)])
print("od == od (order differs):", p == q)
print("od == dict:", p == {"y": 2, "x": 1}, dict(p) == dict(q))
print("reversed:", list(reversed(p)), list(reversed(p.items())), list(reversed(p.values())))
print("keys/values/items:", p.keys(), p.values(), p.items())
print("fromkeys:", OrderedDict.fromkeys("abc", 0))
print("setdefault:", p.setdefault("w", 9), p.setdefault("x", 0), p)
print("pop:", p.pop("y"), p.pop("nope", "dflt"), p)
print("copy:", p.copy(), type(p.copy()).__name__)
print("merge:", p | {"k": 1}, type(p | {"k": 1}).__name__)
p |= [("m", 5)]
print("|=:", p)
nested = OrderedDict(inner=OrderedDict(v=[1, 2]))
print(nested)

# LRU cache built on move_to_end/popitem
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            evicted = self.popitem(last=False)
            print("  evict", evicted)

lru = LRU(2)
lru.put(1, "one")
lru.put(2, "two")
lru.get(1)
lru.put(3, "three")
lru.put(4, "four")
print(lru, lru.get(2), lru.get(3))

for label, f in [
    ("popitem empty", lambda: OrderedDict().popitem()),
    ("move missing", lambda: OrderedDict(a=1).move_to_end("q")),
    ("pop missing", lambda: OrderedDict().pop("k")),
    ("getitem", lambda: OrderedDict()["k"]),
]:
    try:
        f()
    except KeyError as e:
        print(label, type(e).__name__, e)
it_od = OrderedDict(a=1, b=2)
try:
    for k in it_od:
        it_od["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
