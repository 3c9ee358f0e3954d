# Tests float subclasses: operators return plain float, overridden __repr__/__str__, __new__.
class MyFloat(float):
    def half(self):
        return self / 2


f = MyFloat(3.5)
print(f, repr(f), f.half(), type(f).__name__, type(f + 1).__name__, type(f.half()).__name__)
print(f == 3.5, f > 3, int(f), round(f), isinstance(f, float), hash(f) == hash(3.5))
print(f"{f:.3f}", str(f), MyFloat("2.25"), MyFloat(7), MyFloat() == 0.0, f.is_integer())


class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}C"
    def __str__(self):
        return f"{float(self)} degrees"
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)


c = Celsius(100)
print(c, repr(c), [c], c.to_f(), repr(c.to_f()), type(c * 1).__name__)


class Clamped(float):
    def __new__(cls, v, lo=0.0, hi=1.0):
        return super().__new__(cls, min(hi, max(lo, v)))


print(Clamped(5), Clamped(-3), Clamped(0.25), Clamped(7, 0, 10), Clamped(5) + 1)


class Approx(float):
    def __eq__(self, o):
        return abs(float(self) - o) < 0.01
    def __hash__(self):
        return 0


print(Approx(1.0) == 1.001, 1.001 == Approx(1.0), Approx(1.0) == 1.1, Approx(2) != 2.0)
print(0.1 + 0.2 == Approx(0.3), sorted([MyFloat(2.5), 1, Celsius(1.5)]))
print(max(MyFloat(1), 0.5), min([Celsius(3), Celsius(-1)]), sum([MyFloat(0.5)] * 4))
try:
    MyFloat("abc")
except ValueError as e:
    print(type(e).__name__, e)
