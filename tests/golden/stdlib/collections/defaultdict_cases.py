# defaultdict with list/int/set/lambda factories, repr, missing keys, default_factory None,
# a __missing__ subclass, copy, equality with dict, get/in not creating keys, | merging.
import copy
from collections import defaultdict

dl = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dl[word[0]].append(word)
print(dl)
print(dict(dl), len(dl), dl.default_factory)

di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(di)
print(di["z"], "z" in di, di)

ds = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (1, 2)]:
    ds[a].add(b)
    ds[b]
print(ds)

dlam = defaultdict(lambda: "n/a", {"known": "yes"})
print(dlam["known"], dlam["unknown"], sorted(dlam.items()))
print(type(dlam).__name__, dlam.default_factory())

# get and in do not call the factory
dg = defaultdict(list)
print(dg.get("x"), "x" in dg, dg.get("x", 5), len(dg), dg.setdefault("y", [1]), dg)
print(dg.pop("y"), dg)

# default_factory None behaves like dict
dn = defaultdict(None, a=1)
print(repr(dn), dn["a"])
try:
    dn["missing"]
except KeyError as e:
    print(type(e).__name__, e)
dn.default_factory = int
print(dn["missing"], dn)

# equality with dict ignores the factory
print(defaultdict(int, a=1) == {"a": 1}, {"a": 1} == defaultdict(list, a=1))
print(defaultdict(int, a=1) == defaultdict(list, a=1))

# copies
orig = defaultdict(list, {"k": [1]})
shallow = orig.copy()
deep = copy.deepcopy(orig)
c2 = copy.copy(orig)
orig["k"].append(2)
print(type(shallow).__name__, shallow, deep, c2, shallow.default_factory is list)

# merging with | keeps the left operand's type
m = defaultdict(int, a=1) | {"b": 2}
print(m, type(m).__name__)
m2 = {"z": 0} | defaultdict(int, a=1)
print(m2, type(m2).__name__)

# subclass with __missing__
class Tracking(defaultdict):
    def __missing__(self, key):
        print("  missing:", key)
        return super().__missing__(key)

t = Tracking(lambda: 0)
t["a"] += 5
t["a"] += 1
print(dict(t))

# errors
for bad in (5, "list"):
    try:
        defaultdict(bad)
    except TypeError as e:
        print(type(e).__name__, e)
