# Tests __slots__: allowed attributes, AttributeError for others, no __dict__, inheritance.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"), P.__slots__)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
print(p.y, getattr(p, "x"))
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)


class Q(P):
    pass


q = Q(1, 2)
q.z = 3
print(q.z, q.__dict__)


class R(P):
    __slots__ = ("w",)


r = R(1, 2)
r.w = 4
print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Empty:
    __slots__ = ()


try:
    Empty().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
