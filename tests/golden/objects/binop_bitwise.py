# Tests __lshift__, __rshift__, __and__, __or__, __xor__ and their reflected forms.
class Bits:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Bits({bin(self.v)})"

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __and__(self, o):
        return Bits(self.v & int(o.v if isinstance(o, Bits) else o))

    def __or__(self, o):
        return Bits(self.v | int(o.v if isinstance(o, Bits) else o))

    def __xor__(self, o):
        return Bits(self.v ^ int(o.v if isinstance(o, Bits) else o))

    def __rand__(self, o):
        return ("rand", o)

    def __ror__(self, o):
        return ("ror", o)

    def __rxor__(self, o):
        return ("rxor", o)

    def __rlshift__(self, o):
        return ("rlshift", o)


a = Bits(0b1100)
b = Bits(0b1010)
print(a << 2)
print(a >> 1)
print(a & b)
print(a | b)
print(a ^ b)
print(a & 4)
print(a | 1)
print(a ^ 0b1111)
print(6 & a)
print(6 | a)
print(6 ^ a)
print(1 << a)
print((a | b) & Bits(0b0110))
try:
    print(1 >> a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a ** 2)
except TypeError as e:
    print(type(e).__name__, e)
