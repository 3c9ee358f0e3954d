# type(name, bases, namespace) makes a class; __qualname__ is the type's own (assigned, never
# inherited) and __name__ stays; nested exception classes repr with their short name.
for a in [(1,(),{}),("P",[],{}),("P",(),[]),("P",), ("P",(),{},1)]:
  try: type(*a)
  except TypeError as e: print(e)
P = type("P", (), {"__qualname__": "Q.P", "x": 1})
print(P, P.__qualname__, P.__name__, P.__module__, P.x, type("E", (ValueError,), {})("m"))
class A: pass
A.__qualname__ = "Outer.X"
print(A.__name__, A.__qualname__, A)
try:
    raise type("E", (Exception,), {"__qualname__": "Q.E"})("m")
except Exception as e:
    print(type(e).__name__, repr(e))


class Outer:
    class Err(Exception):
        pass

    class Item:
        pass


class Base:
    pass


class Child(Base):
    pass


Base.__qualname__ = "Renamed"
print(repr(Outer.Err("m")), Outer.Err.__name__, Outer.Item.__qualname__, Base, Child, Child.__qualname__, Base.__name__)
for bad in [1, None]:
    try:
        Base.__qualname__ = bad
    except TypeError as e:
        print("TypeError:", e)
Point = type("Point", (object,), {"__slots__": ("x", "y"), "dims": 2, "norm": lambda self: self.x + self.y})
p = Point()
p.x, p.y = 3, 4
print(Point.dims, p.norm(), Point.__slots__, Point.__module__)
raise Outer.Err("boom")
