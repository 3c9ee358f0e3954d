# Tests __new__ vs __init__: call order, arguments, __new__ returning other objects, singletons.
class Traced:
    def __new__(cls, *args, **kw):
        print("  __new__", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("  __init__", x, y)
        self.x = x + y

t = Traced(1, y=2)
print(t.x, type(t).__name__)

class Sub(Traced):
    def __init__(self, x):
        print("  Sub.__init__")
        super().__init__(x, 100)

s = Sub(5)
print(s.x, type(s).__name__)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("  never printed")

print(Other(), type(Other()).__name__)

class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.n = 0
        return cls._inst
    def __init__(self):
        self.n += 1

a = Single()
b = Single()
print(a is b, a.n, b.n)

class NoInit:
    pass

try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Traced()
except TypeError as e:
    print(type(e).__name__, e)
o = object.__new__(Traced)
print(hasattr(o, "x"), type(o).__name__)
