# Tests adding/replacing methods and dunders on a class after creation, and per-instance patches.
class Thing:
    def __init__(self, v):
        self.v = v
    def show(self):
        return f"show {self.v}"


t = Thing(1)
u = Thing(2)
Thing.double = lambda self: self.v * 2
print(t.double(), u.double())
Thing.show = lambda self: f"patched {self.v}"
print(t.show(), u.show())
t.show = lambda: "instance-only"
print(t.show(), u.show())
del t.show
print(t.show())
print(t == Thing(1))
Thing.__eq__ = lambda self, o: isinstance(o, Thing) and self.v == o.v
print(t == Thing(1), t != Thing(1), t == u)
try:
    t + u
except TypeError as e:
    print(type(e).__name__, e)
Thing.__add__ = lambda self, o: Thing(self.v + o.v)
print((t + u).v)
Thing.__repr__ = lambda self: f"Thing({self.v})"
print(t, [u], t + u)
Thing.__len__ = lambda self: self.v
print(len(u), bool(Thing(0)))
Thing.__getitem__ = lambda self, i: self.v * 10 + i
print(t[5], u[0])
del Thing.__add__
try:
    t + u
except TypeError as e:
    print(type(e).__name__, e)


def call(self, x):
    return f"called {self.v} with {x}"


Thing.__call__ = call
print(t("a"))
Thing.__lt__ = lambda self, o: self.v > o.v
print(sorted([Thing(1), Thing(3), Thing(2)]))
t.__add__ = lambda o: "instance dunder ignored"
try:
    t + u
except TypeError as e:
    print(type(e).__name__, e)
