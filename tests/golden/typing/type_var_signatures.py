import enum
from typing import TypeVar, ParamSpec, TypeVarTuple, Generic
T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str, covariant=True)
C = TypeVar(name="C", contravariant=True)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(T, N, B, C, P, Ts, N.__constraints__, B.__bound__, T.__bound__)
for args, kw in [((), {}), (("X", int), {}), (("X",), {"covariant": True, "contravariant": True}), (("X",), {"bogus": 1})]:
    try:
        TypeVar(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: ParamSpec("P", int), lambda: TypeVarTuple("Ts", bound=int), lambda: ParamSpec()):
    try:
        call()
    except TypeError as e:
        print(e)
class Color(enum.Enum):
    RED = enum.auto(10)
    GREEN = enum.auto()
    BLUE = enum.auto("b")
print(list(Color), repr(enum.auto(3)), repr(enum.auto()))
try:
    enum.auto(1, 2)
except TypeError as e:
    print(e)
