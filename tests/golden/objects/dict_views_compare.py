# Tests dict view comparisons: values() never equal, keys()/items() compare like sets.
d = {"a": 1, "b": 2}
e = {"b": 2, "a": 1}
print(d.values() == d.values())
v = d.values()
print(v == v, v != v, d.values() == e.values())
print(d.keys() == {"a", "b"}, d.keys() == {"a"}, d.keys() == e.keys())
print(d.keys() == ["a", "b"], d.keys() != {"b", "a"})
print(d.items() == {("a", 1), ("b", 2)}, d.items() == e.items(), d.items() == {("a", 2), ("b", 2)})
print(d.keys() < {"a", "b", "c"}, d.keys() <= {"a", "b"}, d.keys() > {"a"}, d.keys() >= {"x"})
n = {1: "x", 2: "y", 3: "z"}
print(sorted(n.keys() & {2, 3, 4}), sorted(n.keys() | {9}), sorted(n.keys() - {1}))
print(sorted(n.keys() ^ {3, 4}), type(n.keys() & {1}).__name__)
print(sorted(n.items() & {(1, "x"), (2, "no")}))
print(sorted({2, 7} & n.keys()), sorted([3, 8] - n.keys()))
print(n.keys().isdisjoint({7, 8}), n.keys().isdisjoint([1]))
print(d.keys() == d.keys(), d.items() == d.items())
print(list(d.values()) == list(e.values()), sorted(d.values()) == sorted(e.values()))
try:
    d.values() < d.values()
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    d.values() & {1}
except TypeError as e2:
    print(type(e2).__name__, e2)
