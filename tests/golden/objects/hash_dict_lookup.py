# Tests dict lookup with equal-but-not-identical keys: first key object kept, value replaced.
class K:
    def __init__(self, n, tag):
        self.n = n
        self.tag = tag
    def __repr__(self):
        return f"K{self.n}{self.tag}"
    def __eq__(self, o):
        return isinstance(o, K) and self.n == o.n
    def __hash__(self):
        return self.n


d = {K(1, "a"): "first"}
d[K(1, "b")] = "second"
print(d, len(d))
k = list(d)[0]
print(k.tag)
d[K(2, "c")] = "x"
print(d.pop(K(2, "z")), d)
print(d.setdefault(K(1, "q"), "ignored"), d.setdefault(K(3, "r"), "new"), d)
del d[K(3, "zz")]
print(d)
try:
    d[K(9, "m")]
except KeyError as e:
    print(type(e).__name__, e)
m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
print(m)
m2 = {K(5, "a"): 1, K(5, "b"): 2, K(6, "c"): 3}
print(m2)
s = {K(1, "a"), K(1, "b")}
print(s)
print({K(1, "x"): 0} == {K(1, "y"): 0})


class Collide:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"C{self.n}"
    def __eq__(self, o):
        return self.n == o.n
    def __hash__(self):
        return 42


c = {Collide(i): i for i in range(5)}
print(c, c[Collide(3)], Collide(7) in c)
del c[Collide(2)]
print(c, Collide(4) in c)
