# Tests dict views: reprs, len, membership, iteration and type names.
d = {"a": 1, "b": 2, "c": 3}
print(d.keys())
print(d.values())
print(d.items())
print({}.keys(), {}.values(), {}.items())
print(len(d.keys()), len(d.values()), len(d.items()))
print("a" in d.keys(), "z" in d.keys(), 2 in d.values(), 9 in d.values())
print(("a", 1) in d.items(), ("a", 2) in d.items(), "a" in d.items())
for k in d.keys():
    print("key", k)
for v in d.values():
    print("value", v)
for k, v in d.items():
    print("item", k, v)
print(list(d.keys()), tuple(d.values()), list(d.items()))
print(sorted(d.values(), reverse=True), sum(d.values()), max(d.keys()))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(str(d.keys()), repr(d.items()))
print(list(reversed(d.keys())), list(reversed(d.items())))
print(bool({}.keys()), bool(d.values()))
nested = {"x": [1, 2], "y": {"z": None}}
print(nested.items(), nested.values())
print([k.upper() for k in d.keys()], dict(d.items()) == d)
a, b, c = d.values()
print(a, b, c)
try:
    d.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
