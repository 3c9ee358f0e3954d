# An enum class body checks each store as enum.py's _EnumDict: a member defined twice, a member
# over another attribute (or the reverse), reserved _sunder_ names, _ignore_ naming members
# already set; a private (mangled) name is no member. The last redefinition is uncaught.
from enum import Enum, IntEnum, auto


def attempt(make):
    try:
        cls = make()
        print(list(cls))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])


def twice():
    class Shape(Enum):
        SQUARE = 2
        SQUARE = 3
    return Shape


def over_method():
    class Shape(Enum):
        def area(self):
            return 1
        area = 5
    return Shape


def method_over_member():
    class Shape(Enum):
        CIRCLE = 1

        def CIRCLE(self):
            return 2
    return Shape


def sunder():
    class Bad(Enum):
        _value_x_ = 3
        A = 1
    return Bad


def private():
    class Mode(IntEnum):
        __secret = 7
        A = auto()
        B = auto()
    print(Mode._Mode__secret)
    return Mode


def ignore_late():
    class Late(Enum):
        A = 1
        _ignore_ = "A"
    return Late


for f in (twice, over_method, method_over_member, sunder, private, ignore_late):
    attempt(f)


class Color(Enum):
    RED = 1
    RED = 2
