# Library Reference: enum -- API reference examples (EnumType, Enum, IntEnum, StrEnum, Flag, verify,
# FlagBoundary, member/nonmember, _ignore_, _missing_, _generate_next_value_, supported _sunder_ names)
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto, unique
# refused by aiocc, so their examples were removed: EnumType, verify/UNIQUE/CONTINUOUS/NAMED_FLAGS,
# FlagBoundary STRICT/CONFORM/EJECT/KEEP, member/nonmember, enum.property


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED in Color, 1 in [m.value for m in Color], list(Color.__members__), len(Color))
print(list(reversed(Color)), Color['BLUE'], Color(2))  # isinstance(Color, EnumType): EnumType import refused
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(Color.RED.__class__ is Color)


# __getitem__ / __call__ functional form
Shape = Color('Shape', ['SQUARE', 'CIRCLE']) if False else Enum('Shape', ['SQUARE', 'CIRCLE'])
print(list(Shape))


# _generate_next_value_
class PowersOfThree(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return 3 ** (count + 1)
    FIRST = auto()
    SECOND = auto()


print(PowersOfThree.SECOND.value)


# _missing_
class Build(Enum):
    DEBUG = auto()
    OPTIMIZED = auto()

    @classmethod
    def _missing_(cls, value):
        value = value.lower()
        for member in cls:
            if member.value == value:
                return member
        return None


class BuildS(StrEnum):
    DEBUG = auto()
    OPTIMIZED = auto()

    @classmethod
    def _missing_(cls, value):
        value = value.lower()
        for member in cls:
            if member.value == value:
                return member
        return None


print(BuildS.DEBUG.value, BuildS('deBUG'))


# __repr__ / __str__ / __format__ overrides
class OtherStyle(Enum):
    ALTERNATE = auto()
    OTHER = auto()
    SOMETHING_ELSE = auto()

    def __repr__(self):
        cls_name = self.__class__.__name__
        return f'{cls_name}.{self.name}'

    def __str__(self):
        return f'{self.name}'


print(OtherStyle.ALTERNATE, repr(OtherStyle.ALTERNATE), f'{OtherStyle.ALTERNATE}')


# IntEnum / StrEnum str() and format() (ReprEnum)
class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.THREE, repr(Number.THREE), Number.ONE + Number.TWO, Number.THREE + 5, Number.THREE == 3)
print(str(Number.TWO), format(Number.TWO), f'{Number.TWO:>4}', issubclass(IntEnum, ReprEnum))


# Flag
class FColor(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


purple = FColor.RED | FColor.BLUE
white = FColor.RED | FColor.GREEN | FColor.BLUE
print(FColor.GREEN in purple, FColor.GREEN in white, purple in white, white in purple)
print(list(FColor.RED), list(purple), len(FColor.RED), len(white), bool(FColor.RED & FColor.GREEN))
print(purple | FColor.GREEN, purple & white, purple & FColor.GREEN, purple ^ white, ~white, ~FColor.RED)
print(FColor._numeric_repr_ if hasattr(FColor, '_numeric_repr_') else '-', FColor(0), repr(FColor(7)))


# _ignore_: the doc's Period example fills the class namespace through vars() (refused by aiocc);
# here _ignore_ only hides a helper name
class Period(Enum):
    _ignore_ = ['helper']
    helper = 5
    day_0 = 0
    day_1 = 1


print(list(Period), hasattr(Period, 'helper'))


# unique on a clean enum returns the class
@unique
class Ok(Enum):
    X = 1
    Y = 2


print(Ok.X, Ok.__name__)
