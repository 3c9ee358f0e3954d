# _ignore_ removes names from an enum class (list or space/comma-separated str); reversed()
# of an enum class gives its members last first; Flag classes have _numeric_repr_.
from enum import Enum, Flag, IntFlag, auto


class Period(Enum):
    _ignore_ = ["helper", "scratch"]
    helper = 5
    scratch = "x"
    day_0 = 0
    day_1 = 1


class Mode(Enum):
    _ignore_ = "tmp, other"
    tmp = 1
    other = 2
    READ = 3
    WRITE = 4
    ALIAS = 3


print(list(Period), hasattr(Period, "helper"), hasattr(Period, "_ignore_"), "_ignore_" in Period.__dict__)
print(list(Mode), len(Mode), [m.name for m in reversed(Mode)])
print(list(reversed(Period)), list(reversed(Enum)))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Bits(IntFlag):
    A = 1
    B = 2


print(list(reversed(Perm)), Perm._numeric_repr_ is repr, Bits._numeric_repr_ is repr)
