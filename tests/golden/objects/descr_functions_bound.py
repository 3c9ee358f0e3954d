# Tests functions as non-data descriptors: C.f is the function, c.f a bound method.
class C:
    def __init__(self, v):
        self.v = v
    def f(self, x=1):
        return self.v + x


c = C(10)
print(type(C.f).__name__, type(c.f).__name__)
print(C.f(c), C.f(c, 5), c.f(), c.f(2))
m = c.f
print(m.__self__ is c, m.__func__ is C.f, m(3))
print(c.f == c.f, c.f is c.f, c.f == C(10).f)
print(C.f.__name__, m.__name__, C.f.__qualname__)
c.v = 100
print(m())
bound = [C(i).f for i in range(3)]
print([b(0) for b in bound])
c.f = lambda x: "instance attr " + str(x)
print(c.f(1), C.f(c, 1))
del c.f
print(c.f(1))


def outside(self):
    return "outside " + str(self.v)


C.g = outside
print(c.g(), C.g is outside, c.g.__func__ is outside)
print(outside.__get__(c, C)(), outside.__get__(c)())
c.h = outside
try:
    c.h()
except TypeError as e:
    print(type(e).__name__, e)
print(c.h(c))
try:
    C.f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(c.f), callable(C.f), callable(c.v))
