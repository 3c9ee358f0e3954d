# Tests reflected __radd__, __rsub__, __rmul__, __rtruediv__ with int/float/str on the left.
class R:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"R({self.v!r})"

    def __radd__(self, o):
        return R(("radd", o, self.v))

    def __rsub__(self, o):
        return R(o - self.v)

    def __rmul__(self, o):
        return R(o * self.v)

    def __rtruediv__(self, o):
        return R(o / self.v)

    def __rfloordiv__(self, o):
        return R(o // self.v)

    def __rmod__(self, o):
        return R(("rmod", o))

    def __rpow__(self, o):
        return R(o ** self.v)


r = R(4)
print(1 + r)
print(1.5 + r)
print("s" + r)
print([1] + r)
print(10 - r)
print(2.5 - r)
print(3 * r)
print("ab" * R(3))
print([0] * R(2))
print(1 / r)
print(9 // r)
print(9 % r)
print("%s" % r)
print(2 ** r)
print(pow(3, R(2)))
print(hasattr(r, "__add__"), hasattr(r, "__radd__"))
print(sum([R(1)]))
print(sum([1, 2, R(3)]))
try:
    print(r + 1)
except TypeError as e:
    print(type(e).__name__, e)
