# Tests property with getter, @x.setter and @x.deleter decorators, and read-only errors.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print("  get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("  set celsius", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("  del celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
t.celsius += 10
print(t._c)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temp.celsius).__name__, "celsius" in vars(t), sorted(vars(t)))
t.__dict__["celsius"] = "shadow?"
t._c = 5
print(t.celsius)
print(Temp.celsius.fget(t), Temp.fahrenheit.fset, Temp.fahrenheit.fdel)
Temp.celsius.fset(t, 7)
print(t._c)
