# Tests __call__ on instances: arguments, callable(), use as key/map function, errors.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1, **kw):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale + len(kw)


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, a=1, b=2))
print(add5.calls, callable(add5), callable(Adder), callable(5), callable("s"))
print(list(map(add5, [1, 2, 3])), sorted([3, -1, 2], key=Adder(0)))
print(add5.__call__(10), Adder(1)(Adder(2)(3)))
f = add5
print(f(*[1, 2], **{"scale": 2}))
class Plain:
    pass


try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    k = 5
    k()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)


class Factory:
    def __call__(self):
        return Factory


print(Factory()() is Factory, Factory()()()() is Factory)
adder_holder = {"op": Adder(100)}
print(adder_holder["op"](1), [Adder(i) for i in range(3)][2](0))


class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n


c = Counter()
c()
c()
print(c(), c.n)
