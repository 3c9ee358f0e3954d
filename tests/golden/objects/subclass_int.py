# Tests int subclasses: arithmetic returns plain int unless overridden, repr, __add__ override.
class MyInt(int):
    def double(self):
        return self * 2


a = MyInt(5)
print(a, repr(a), a.double(), type(a).__name__, type(a + 1).__name__, type(-a).__name__)
print(a == 5, a < 6, hash(a) == hash(5), isinstance(a, int), [0, 1, 2, 3, 4, 5][a])
print(a + a, a * 3, a // 2, a % 3, a ** 2, type(a ** 2).__name__, abs(MyInt(-2)))
print(range(a), f"{a:03d}", hex(a), str(a), int(a), type(int(a)).__name__)


class Mod7(int):
    def __add__(self, o):
        return Mod7((int(self) + int(o)) % 7)
    def __radd__(self, o):
        return Mod7((int(o) + int(self)) % 7)
    def __repr__(self):
        return f"Mod7({int(self)})"


m = Mod7(5)
print(m + 4, 4 + m, m + m, m - 1, type(m - 1).__name__, sum([Mod7(3), 5, 6]))
x = Mod7(6)
x += 3
print(x, type(x).__name__, m * 2)


class Flagged(int):
    def __new__(cls, value, flag):
        obj = super().__new__(cls, value)
        obj.flag = flag
        return obj


f = Flagged(10, "on")
print(f, f.flag, f + 1, vars(f), int("7") + Flagged(3, "x"))


class Bool2(int):
    def __bool__(self):
        return int(self) > 100


print(bool(Bool2(5)), bool(Bool2(500)), "yes" if Bool2(1) else "no")
print(MyInt("12"), MyInt("ff", 16), MyInt(3.9), MyInt() == 0)
try:
    MyInt("x")
except ValueError as e:
    print(type(e).__name__, e)
print(True + MyInt(1), MyInt(7) / 2, divmod(MyInt(7), 2), sorted([MyInt(3), 1, MyInt(2)]))
