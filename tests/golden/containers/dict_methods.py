# dict.update with mappings/pairs/kwargs, setdefault, pop/popitem, fromkeys, | and |=, views.
d = {"a": 1}
d.update({"b": 2}, c=3)
d.update([("d", 4), ("a", 10)])
d.update(e=5)
d.update()
print(d)
class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2
d.update(Mapping())
print(d)
try:
    d.update([("z",)])
except ValueError as e:
    print("ValueError:", e)
try:
    d.update(1)
except TypeError as e:
    print("TypeError:", e)
print(d.setdefault("a", 99), d.setdefault("new"), d.setdefault("lst", []), d)
d["lst"].append(1)
print(d.pop("new"), d.pop("missing", "dflt"), d.pop("lst"), d.get("lst", "gone"))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), list(d))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([], 1))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
m = {"a": 1, "b": 2} | {"b": 3, "c": 4}
m |= [("d", 5)]
print(m, {"x": 1} | {}, dict(m, a=0), dict([("k", "v")], k2="v2"), dict(zip("ab", [1, 2])))
ks, vs, its = m.keys(), m.values(), m.items()
m["e"] = 6
del m["a"]
print(list(ks), list(vs), list(its), len(ks), "b" in ks, 3 in vs, ("c", 4) in its)
print(ks & {"b", "zz"} == {"b"}, sorted(ks - {"b"}), sorted(ks | ["q"]), sorted(ks ^ {"b", "q"}))
print(list(reversed(m)), list(reversed(m.items())), m == {"e": 6, "d": 5, "c": 4, "b": 3})
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
c = m.copy()
c["b"] = [1]
print(m["b"], c["b"], m.get("zz"), {1: "a", 1.0: "b", True: "c"})
