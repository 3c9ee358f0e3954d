a = [1, 2]
a.append(a)
print(a, repr(a), len(a), a[2][2][0])
d = {"k": 1}
d["self"] = d
print(d, str(d))
t = ([],)
t[0].append(t)
print(t)
s = {1, 2, 3}
ks = {"b": 1, "a": 2}
v = ks.values()
it = ks.items()
print(v, it, ks.keys(), len(v), list(v), sorted(it))
ks["c"] = 0
print(v, list(it), reversed(ks.keys()).__class__.__name__)
print({"x": [1, {"y": (2, "z")}], 1.5: None, (1,): frozenset()}, [None, True, ..., NotImplemented], [1.0, -0.0, 1e100])
print(frozenset({1}), set(), {()}, [[]], [()], ({},), (1,), ())
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\\"), repr("\x00\x7f\x80\u200b"), ["'"], {"\"": '\''})
m = [[1, 2], [3, 4]]
copy = [row[:] for row in m]
copy[0][0] = 99
print(m, copy, m == [[1, 2], [3, 4]], m is not copy)
data = list(range(20))
print(data[::-5], data[-3:-15:-4], data[15:3], data[100:], data[:-100], data[3:-3][::3])
data[::4] = "abcde"
print(data)
try:
    data[::4] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del data[1::2]
print(data, data.pop(), data.pop(0), data)
nested = [[0] * 2] * 2
print(nested == [[0, 0], [0, 0]], [x for sub in [[1, 2], [3]] for x in reversed(sub)])
print(list(zip(*[iter(range(7))] * 3)), [*range(3), *"ab", *{"k": 1}])
first, *middle, last = "hello"
print(first, middle, last, [*middle, *middle][::2])
(x, y), z = [1, 2], 3
print(x, y, z)
print(sorted({3: "c", 1: "a"}.items(), reverse=True), dict(sorted({"b": 2, "a": 1}.items())), max({"a": 3, "b": 1}.items(), key=lambda p: p[1]))
a, b = [1, 2, 3]
