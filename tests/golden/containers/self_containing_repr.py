# Regression: a list that contains itself printed 200 nested levels before `[...]`, and a dict
# that contains itself crashed (unbounded recursion); CPython marks the container already being
# printed (Py_ReprEnter), so each prints as [...] / {...} at its first repeat.
a = []
a.append(a)
print(a, repr(a), str([a, a]))
d = {}
d["self"] = d
d["list"] = [d, a]
print(d)
shared = [1]
print([shared, shared], {"x": shared, "y": shared})


class Box(list):
    pass


b = Box([0])
b.append(b)
print(b, [b])
