# Tests __setattr__ intercepting assignments, storing via object.__setattr__ or super().
class Logged:
    def __init__(self, a):
        self.a = a
    def __setattr__(self, name, value):
        print("  set", name, repr(value))
        object.__setattr__(self, name, value)


x = Logged(1)
x.b = [2]
x.a += 10
print(x.a, x.b, sorted(vars(x)))
setattr(x, "c", "via setattr")
print(x.c)


class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
        super().__setattr__(name, value * 2)


v = Validated()
v.n = 5
print(v.n)
try:
    v.n = "s"
except TypeError as e:
    print(type(e).__name__, e)
print(v.n)


class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")


f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(type(e).__name__, e)


class Counting(Logged):
    count = 0
    def __setattr__(self, name, value):
        Counting.count += 1
        super().__setattr__(name, value)


c = Counting(7)
c.z = 8
print(c.a, c.z, Counting.count)
