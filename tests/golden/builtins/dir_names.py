# dir() as CPython's object.__dir__/type.__dir__: instance attributes and every namespace along the
# MRO (with what type() adds: __dict__/__weakref__, __slots__ members, ABCMeta's attributes),
# a class's own __dir__, enum.py's EnumType.__dir__ and Enum.__dir__, and the built-in types.
import abc, asyncio, dataclasses, enum, functools, typing


class A:
    x = 1
    def m(self): pass
class B(A):
    def __init__(self): self.y = 2
class S:
    __slots__ = ("a", "__b")
class S2(S):
    pass
class S3(S):
    __slots__ = ("c", "__dict__")
class E(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
class L(list):
    pass
class I(int):
    pass
class St(set):
    pass
@dataclasses.dataclass
class D:
    a: int
    b: str = "x"
@dataclasses.dataclass(frozen=True, order=True)
class DF:
    a: int
class C(enum.Enum):
    R = 1
    G = 2
    def describe(self): return self.name
    @property
    def lower(self): return self.name.lower()
class IE(enum.IntEnum):
    LOW = 1
    def label(self): pass
class SE(enum.StrEnum):
    A = "a"
class FL(enum.Flag):
    X = 1
class IF(enum.IntFlag):
    X = 1
class AB(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class Impl(AB):
    def f(self): return 1
class NT(typing.NamedTuple):
    a: int
    b: int = 2
class P(typing.Protocol):
    def f(self) -> int: ...
T = typing.TypeVar("T")
class G(typing.Generic[T]):
    pass
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
def fn(a): pass
fn.tag = 1
objects = [A, A(), B(), S, S(), S2(), S3, E, E(3), L, L([1]), I(3), St(), D, D(1), DF, DF(1), C, C.R, IE, IE.LOW, SE.A, FL,
           FL.X, IF.X, AB, Impl(), NT, NT(1), P, G, G(), WithDir(), fn, A().m, A.m, len, [].append, 1, 2.5, "s", b"b",
           None, [1], (1,), {1: 2}, {1}, frozenset(), range(3), slice(1), True, 3j, object(), object, type, int,
           ValueError("v"), KeyError, OSError(2, "x"), StopIteration(1), {}.keys(), iter([]), map(abs, []), zip(),
           enumerate([]), property(), Ellipsis,
           NotImplemented, (x for x in ()),]
for o in objects:
    print(repr(o)[:30] if " at 0x" not in repr(o) else type(o).__name__, dir(o))
print([name for name in dir(B()) if not name.startswith("_")])
print("y" in dir(B()), "m" in dir(B), "y" in dir(B))
async def main():
    t = asyncio.current_task()
    print(dir(t) == dir(asyncio.Task))
asyncio.run(main())
