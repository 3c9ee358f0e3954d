grades = {"ana": [90, 85], "ben": [72], "cy": []}
grades.setdefault("dee", []).append(88)
grades.setdefault("ana", []).append(100)
print(grades, len(grades), list(grades)[-1])
avg = {k: sum(v) / len(v) for k, v in grades.items() if v}
print(avg, sorted(avg, key=avg.get, reverse=True))
inverted = {}
for name, gs in grades.items():
    for g in gs:
        inverted.setdefault(g // 10 * 10, []).append(name)
print(dict(sorted(inverted.items())))
merged = {**grades, "eve": [1], "ben": [0]}
print(merged.keys() - grades.keys(), merged.keys() & {"ben", "zed"}, list(merged.values())[1])
print(grades.get("zed"), grades.get("zed", "n/a"), "ana" in grades, [90, 85, 100] in grades.values())
popped = grades.pop("cy")
print(popped, grades.pop("zed", None), grades.popitem(), grades)
d = dict.fromkeys("abc", 0)
d.update([("a", 1)], b=2)
d.update({"c": 3})
print(d, d == {"c": 3, "b": 2, "a": 1}, list(d.items()) == [("a", 1), ("b", 2), ("c", 3)])
del d["b"]
d["b"] = 9
print(d, list(reversed(d)), list(reversed(d.items())))
keys = d.keys()
d["z"] = 26
print(keys, len(keys), ("a", 1) in d.items(), keys.isdisjoint(["q"]))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:3], max(counts.values()), min(counts, key=lambda k: (counts[k], k)))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [1, 2]
print(nested, nested["a"]["b"].get("d")[1:])
cp = d.copy()
cp["a"] = -1
print(d["a"], cp["a"], d | {"new": 1} if hasattr(dict, "__or__") else "")
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e, e.args)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "t"}[(1, 2)])
{[1]: 2}
