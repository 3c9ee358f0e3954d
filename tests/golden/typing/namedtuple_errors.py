# The errors of typing.NamedTuple, printed as `type: message`: the generated __new__'s binding
# errors, _make/_replace, and CPython's checks of bad definitions (class and functional form).
from typing import ClassVar, NamedTuple, Optional


class Point(NamedTuple):
    x: int
    y: int = 0


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("no args", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("unknown kw", lambda: Point(1, z=3))
attempt("twice", lambda: Point(1, x=3))
attempt("kw twice", lambda: Point(1, 2, x=3))
attempt("__new__ direct", lambda: Point.__new__(Point, 5))
attempt("__new__ no cls", lambda: Point.__new__())
attempt("_make short", lambda: Point._make([1]))
attempt("_make long", lambda: Point._make((1, 2, 3)))
attempt("_make int", lambda: Point._make(5))
attempt("_replace bad", lambda: Point(1)._replace(z=1, w=2))
attempt("_replace pos", lambda: Point(1)._replace(1))
attempt("getter on int", lambda: Point.x.__doc__)


def define(label, body):
    try:
        cls = body()
        print(label, "->", cls.__name__, cls._fields, cls._field_defaults)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def default_first():
    class R(NamedTuple):
        x: int = 1
        y: int
    return R


def two_defaults_first():
    class R(NamedTuple):
        a: int = 1
        b: str = ""
        c: float
    return R


def underscore():
    class R(NamedTuple):
        _x: int
    return R


def overwrite():
    class R(NamedTuple):
        x: int

        def _asdict(self):
            return {}
    return R


def init():
    class R(NamedTuple):
        x: int

        def __init__(self, x):
            pass
    return R


def other_base():
    class R(NamedTuple, object):
        x: int
    return R


def keyword():
    class R(NamedTuple, frozen=True):
        x: int
    return R


def classvar():
    class R(NamedTuple):
        x: ClassVar[int]
    return R


def plain_optional():
    class R(NamedTuple):
        x: Optional
    return R


def tuple_annotation():
    class R(NamedTuple):
        x: (int, str)
    return R


def ok_nested():
    class R(NamedTuple):
        x: "int"
        y: None = None
        limit = 10  # no annotation: a class attribute, not a field
    print(R.__qualname__, R.__annotations__, R.limit, R(1))
    return R


for f in (default_first, two_defaults_first, underscore, overwrite, init, other_base, keyword, classvar,
          plain_optional, tuple_annotation, ok_nested):
    define(f.__name__, f)

define("functional", lambda: NamedTuple("Pair", [("a", int), ("b", str)]))
define("keywords", lambda: NamedTuple("Pair", a=int, b=str))
define("empty", lambda: NamedTuple("Empty", []))
define("both", lambda: NamedTuple("Pair", [("a", int)], b=str))
define("duplicate", lambda: NamedTuple("Pair", [("a", int), ("a", str)]))
define("keyword name", lambda: NamedTuple("Pair", [("a", int), ("class", str)]))
define("bad type name", lambda: NamedTuple("my pair", [("a", int)]))
define("bad field", lambda: NamedTuple("Pair", [("a", int), ("b-c", str)]))
define("not pairs", lambda: NamedTuple("Pair", [1, 2]))
define("short pair", lambda: NamedTuple("Pair", [("a",)]))
define("not iterable", lambda: NamedTuple("Pair", 5))
define("no name", lambda: NamedTuple())
define("tuple type", lambda: NamedTuple("Pair", [("a", (int,))]))
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "x"), Pair.__annotations__, Pair.__new__.__defaults__, Pair.__module__)
attempt("pair missing", lambda: Pair(b="x"))
Empty = NamedTuple("Empty", [])
print(Empty(), len(Empty()), Empty() == (), Empty._make([]))
attempt("empty arg", lambda: Empty(1))
