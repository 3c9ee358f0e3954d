# Each error dataclasses.py raises while it processes a class or serves a call, caught and
# printed with the lines of the frames of dataclasses.py's own code that the traceback passes through.
import sys
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY
from typing import ClassVar


def lines(e):
    tb, out = e.__traceback__, []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def attempt(label, make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e} {lines(e)}")
    else:
        print(f"{label}: ok")


def mutable_default():
    @dataclass
    class Basket:
        items: list = []


def mutable_default_parens():
    @dataclass(order=True)
    class Basket:
        items: dict = {}


def classvar_factory():
    @dataclass
    class Counter:
        total: ClassVar[int] = field(default_factory=int)


def classvar_kw_only():
    @dataclass
    class Counter:
        total: ClassVar[int] = field(default=0, kw_only=True)


def initvar_factory():
    @dataclass
    class Seed:
        raw: InitVar[list] = field(default_factory=list)


def kw_only_twice():
    @dataclass
    class Config:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY
        c: int = 1


def no_annotation():
    @dataclass
    class Point:
        x: int
        y = field(default=0)


def non_default_after_default():
    @dataclass
    class Row:
        key: str = "k"
        value: int


@dataclass(frozen=True)
class Frozen:
    a: int = 0


@dataclass
class Thawed:
    a: int = 0


def thawed_from_frozen():
    @dataclass
    class Child(Frozen):
        b: int = 1


def frozen_from_thawed():
    @dataclass(frozen=True)
    class Child(Thawed):
        b: int = 1


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Version:
        major: int


def overwrite_lt():
    @dataclass(order=True)
    class Version:
        major: int

        def __lt__(self, other):
            return True


def overwrite_setattr():
    @dataclass(frozen=True)
    class Locked:
        a: int

        def __setattr__(self, name, value):
            pass


def overwrite_hash():
    @dataclass(unsafe_hash=True)
    class Keyed:
        a: int

        def __hash__(self):
            return 1


def slots_twice():
    @dataclass(slots=True)
    class Packed:
        __slots__ = ("a",)
        a: int


for fn in (mutable_default, mutable_default_parens, classvar_factory, classvar_kw_only, initvar_factory,
           kw_only_twice, no_annotation, non_default_after_default, thawed_from_frozen, frozen_from_thawed,
           order_without_eq, overwrite_lt, overwrite_setattr, overwrite_hash, slots_twice):
    attempt(fn.__name__, fn)


@dataclass
class Item:
    name: str
    qty: int = 1
    code: str = field(default="x", init=False)
    scale: InitVar[int] = 2
    must: InitVar[int] = None


@dataclass
class Needs:
    seed: InitVar[int]
    n: int = 0

    def __post_init__(self, seed):
        self.n += seed


attempt("field both", lambda: field(default=1, default_factory=list))
attempt("fields of int", lambda: fields(3))
attempt("asdict of class", lambda: asdict(Item))
attempt("astuple of str", lambda: astuple("ab"))
attempt("replace of int", lambda: replace(5))
attempt("replace init=False", lambda: replace(Item("a"), code="y"))
attempt("replace InitVar", lambda: replace(Needs(1)))
attempt("replace unknown", lambda: replace(Item("a"), colour="red"))
print(replace(Item("a", 3), qty=4), replace(Needs(2, 5), seed=10))


class Slotted:
    __slots__ = ("a", "b")


@dataclass
class FromSlots(Slotted):
    a: int
    b: int = 2


print(FromSlots(1), [f.name for f in fields(FromSlots)])


def uncaught():
    @dataclass
    class Basket:
        owner: str
        items: set = set()


if len(sys.argv) < 5:
    uncaught()
