# Members made by a __new__ in the class body (enum.py's _proto_member.__set_name__): the
# value's items are its arguments, _value_ is what it sets (else the value, or the data type
# built from the arguments), __init__ then runs with the same arguments, also for an alias;
# a subclass without members passes its __new__ on to the enums that extend it.
from enum import Enum, IntEnum


class Labelled(Enum):
    def __new__(cls, code, label):
        print("  __new__", cls.__name__, code, label)
        member = object.__new__(cls)
        member._value_ = code
        member.label = label
        return member

    def __init__(self, *args):
        print("  __init__", args, "members so far:", [m.name for m in type(self)])


class Size(Labelled):
    S = (1, "small")
    M = (2, "medium")
    MEDIUM = (2, "alias of M")
    L = (3, "large")


print(list(Size), Size.MEDIUM is Size.M, Size(2).label, Size.L.value)
print("__new_member__" in vars(Labelled))


class NoValue(Enum):
    def __new__(cls, *args):
        return object.__new__(cls)


class Pair(NoValue):
    A = (1, 2)
    B = "b"


print(repr(Pair.A), Pair.A.value, Pair("b"))


class Weight(int, Enum):
    def __new__(cls, grams, name):
        member = int.__new__(cls, grams)
        member._value_ = grams
        member.unit_name = name
        return member

    LIGHT = (100, "feather")
    HEAVY = (5000, "anvil")


print(Weight.LIGHT.value, Weight.HEAVY + 1, Weight.HEAVY.unit_name, Weight(100).name)


class Priority(IntEnum):
    def __new__(cls, level, description):
        member = int.__new__(cls, level)
        member._value_ = level
        member.description = description
        return member

    LOW = (1, "whenever")
    HIGH = (9, "now")


print(sorted(Priority, reverse=True), Priority(9).description, Priority.LOW < Priority.HIGH)


class Sized(int, Enum):
    def __new__(cls, *args):
        return int.__new__(cls, args[0])

    ONE = (1, "one")
    TWO = 2

