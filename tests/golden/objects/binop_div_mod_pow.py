# Tests __truediv__, __floordiv__, __mod__, __pow__ and __divmod__ on a user class.
class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"N({self.v!r})"

    def __truediv__(self, o):
        return N(self.v / (o.v if isinstance(o, N) else o))

    def __floordiv__(self, o):
        return N(self.v // (o.v if isinstance(o, N) else o))

    def __mod__(self, o):
        return N(self.v % (o.v if isinstance(o, N) else o))

    def __pow__(self, o):
        return N(self.v ** (o.v if isinstance(o, N) else o))

    def __divmod__(self, o):
        return ("divmod", self.v, o)


a = N(17)
b = N(5)
print(a / b)
print(a // b)
print(a % b)
print(a ** 2)
print(a ** b)
print(N(-17) // 5)
print(N(-17) % 5)
print(N(1) / 4)
print(N(2) ** -1)
print(N(7.5) // 2)
print(divmod(a, 3))
print(pow(a, 2))
print(a.__truediv__(2))
print(N("%s-%s") % ("x", "y"))
print(N("%d items") % 3)
try:
    print(pow(a, 2, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(N(1) / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
