# namedtuple: field specs (list, comma/space string), defaults, rename=True, _make, _asdict,
# _replace, _fields, _field_defaults, repr, tuple behaviour, subclassing, bad field names.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, repr(p), p.x, p[1], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y, p + (3,), p * 2, Point._fields, Point.__name__)
print(Point._make([5, 6]), Point._make(range(2)), p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=10), p, Point._field_defaults)

Color = namedtuple("Color", "red, green  blue")
print(Color._fields, Color(1, 2, 3))

Conn = namedtuple("Conn", "host port timeout", defaults=[80, 1.5])
print(Conn("localhost"), Conn("h", 8080), Conn._field_defaults, Conn.__new__.__defaults__)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, repr(Empty()))

R = namedtuple("R", ["abc", "def", "abc", "_1", "ok", "2x"], rename=True)
print(R._fields)
print(R(1, 2, 3, 4, 5, 6))

M = namedtuple("M", "a b", module="shapes")
print(M.__module__, M(1, 2))

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, isinstance(v, tuple), Vec._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(getattr(Point, "x").__doc__, Point.__doc__)


def attempt(label, f):
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("bad identifier", lambda: namedtuple("T", "a 1b"))
attempt("keyword", lambda: namedtuple("T", "a class"))
attempt("underscore", lambda: namedtuple("T", "a _b"))
attempt("duplicate", lambda: namedtuple("T", "a b a"))
attempt("bad typename", lambda: namedtuple("1T", "a"))
attempt("typename keyword", lambda: namedtuple("def", "a"))
attempt("too many defaults", lambda: namedtuple("T", "a", defaults=(1, 2)))
attempt("missing arg", lambda: Point(1))
attempt("extra arg", lambda: Point(1, 2, 3))
attempt("_make wrong", lambda: Point._make([1, 2, 3]))
attempt("_replace bad", lambda: p._replace(z=1))
attempt("setattr", lambda: setattr(p, "x", 5))
attempt("unknown kw", lambda: Point(1, w=2))
attempt("index", lambda: p[2])
