# Tests __eq__, default __ne__ derived from __eq__, and identity-based default equality.
class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, o):
        print("  P.__eq__", self.x, o.x if isinstance(o, P) else o)
        if not isinstance(o, P):
            return NotImplemented
        return self.x == o.x


class Plain:
    pass


a, b, c = P(1), P(1), P(2)
print(a == b)
print(a != b)
print(a == c)
print(a != c)
print(a == 1)
print(a != 1)
print(1 == a)
p, q = Plain(), Plain()
print(p == q, p != q, p == p, p != p)
print(p == None, None == p)


class OnlyNe:
    def __ne__(self, o):
        return "custom ne"


o = OnlyNe()
print(o != 1, o == o, o == OnlyNe())


class Weird:
    def __eq__(self, o):
        return "yes"


w = Weird()
print(w == 1, w != 1)
print(not (w == 1))
print([1, 2] == [1, 2], (1, P(3)) == (1, P(3)))
print(P.__ne__ is object.__ne__, Plain.__eq__ is object.__eq__)
