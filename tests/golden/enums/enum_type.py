# type() of an enum class is enum.EnumType (alias EnumMeta), for the base classes, user enums,
# flags and functional-API enums; isinstance/issubclass see it.
from enum import Enum, EnumMeta, EnumType, Flag, IntEnum, auto


class Color(Enum):
    RED = auto()


class Perm(Flag):
    R = 1


Shape = Enum("Shape", "SQUARE CIRCLE")
for cls in (Enum, IntEnum, Flag, Color, Perm, Shape):
    print(cls.__name__, type(cls), type(cls) is EnumType, isinstance(cls, EnumMeta))
print(EnumType, EnumMeta is EnumType, issubclass(EnumType, type), EnumType.__name__, EnumType.__module__)
print(isinstance(Color.RED, EnumType), isinstance(int, EnumType), type(Color).__qualname__)
