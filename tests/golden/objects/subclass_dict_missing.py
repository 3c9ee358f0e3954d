# Tests dict subclasses: __missing__ for d[k], not for get()/in, and overridden methods.
class Default(dict):
    def __missing__(self, key):
        print("  missing", repr(key))
        return f"<{key}>"

d = Default(a=1)
print(d["a"], d["zz"], len(d), d)
print(d.get("zz"), "zz" in d, d.get("zz", "dflt"))

class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for w in "the cat and the hat and the bat".split():
    c[w] += 1
print(c, type(c).__name__, isinstance(c, dict))
print(sorted(c.items()), c["none"], len(c))

class AutoTree(dict):
    def __missing__(self, key):
        v = self[key] = AutoTree()
        return v

t = AutoTree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(t)

class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())

lo = Lower()
lo["KEY"] = 1
print(lo, lo["kEy"], lo.get("key"), dict(lo))
try:
    lo["other"]
except KeyError as e:
    print(type(e).__name__, e)

class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f"no such key: {key}")

try:
    Raising()["q"]
except KeyError as e:
    print(type(e).__name__, e)
print(type(Default(x=1).copy()).__name__, Default(b=2) == {"b": 2})
