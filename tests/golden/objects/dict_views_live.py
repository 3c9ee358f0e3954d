# Tests that dict views reflect later changes, and the size-changed-during-iteration error.
d = {"a": 1}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k))
d["b"] = 2
print(k, v, it, len(k))
print("b" in k, 2 in v, ("b", 2) in it)
d["a"] = 10
print(v, it)
del d["a"]
print(k, v, it)
d.clear()
print(k, v, it, len(v), bool(k))
d.update({"x": 1, "y": 2, "z": 3})
print(k == {"x", "y", "z"}, sorted(k & {"y", "q"}))
d.pop("y")
print(list(k), list(v))
snap = list(d.items())
d["w"] = 0
print(snap, list(it))
try:
    for key in d.keys():
        d[key + "!"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
for key in list(d.keys()):
    if key.endswith("!"):
        del d[key]
print(d)
for key in d:
    d[key] = d[key] * 100
print(d)
