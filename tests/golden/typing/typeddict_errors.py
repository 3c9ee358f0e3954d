# TypedDict's errors and its functional forms, printed as `type: message`; the keyword form
# warns (DeprecationWarning on stderr, with this file's line).
from typing import ClassVar, Generic, NamedTuple, TypedDict, TypeVar


class Movie(TypedDict):
    title: str
    year: int


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def mixed_base():
    class Bad(Movie, dict):
        pass
    return Bad


def bad_keyword():
    class Bad(TypedDict, frozen=True):
        x: int
    return Bad


def classvar_field():
    class Bad(TypedDict):
        x: ClassVar[int]
    return Bad


def with_named_tuple():
    class Bad(NamedTuple, Movie):
        x: int
    return Bad


def methods_allowed():
    class Ok(Movie, total=False):
        rating: float

        def describe(self):
            return "never bound to a dict"
    return Ok.__total__, sorted(Ok.__optional_keys__), Ok(title="x"), callable(Ok.describe)


for f in (mixed_base, bad_keyword, classvar_field, with_named_tuple, methods_allowed):
    attempt(f.__name__, f)
attempt("not iterable", lambda: Movie(1))
attempt("two positional", lambda: Movie({}, {}))
attempt("no name", lambda: TypedDict())
attempt("both", lambda: TypedDict("X", {"a": int}, b=str))
attempt("name not str", lambda: TypedDict(5, {"a": int}))
attempt("tuple type", lambda: TypedDict("X", {"a": (int, str)}))
attempt("fields not a mapping", lambda: TypedDict("X", 3))
Old = TypedDict("Old", a=int, b=str)
print(Old.__annotations__, sorted(Old.__required_keys__), Old(a=1, b="x"))
Old2 = TypedDict("Old2", a=int)
Empty = TypedDict("Empty", {})
print(Empty(), Empty.__annotations__, Empty.__required_keys__, Empty.__total__)
T = TypeVar("T")


class Box(TypedDict, Generic[T]):
    item: T


print(Box.__mro__, Box[int], Box(item=3), Box.__annotations__)


class Pair(NamedTuple, Generic[T]):
    left: T
    right: T


print(Pair.__mro__, Pair[str], Pair("a", "b"), Pair[int](1, 2))
