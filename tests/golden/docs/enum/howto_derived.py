# Enum HOWTO: Functional API, Derived Enumerations (IntEnum, StrEnum, IntFlag, Flag), others
from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto

# Functional API
Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal)
print(Animal.ANT, repr(Animal.ANT), Animal.ANT.value)
print(list(Animal))
Animal2 = Enum('Animal2', 'ANT BEE CAT DOG', start=10)
print(list(Animal2))
print(list(Enum('Pairs', [('CYAN', 4), ('MAGENTA', 5)])))
print(list(Enum('Mapped', {'CHARTREUSE': 7, 'SEA_GREEN': 11})))
print(list(Enum('Listed', ['A', 'B'])), list(Enum('Commas', 'X, Y,Z')))
Numbers = IntEnum('Numbers', 'ONE TWO')
print(Numbers.TWO + 1, repr(Numbers.ONE))


# IntEnum
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


class Request(IntEnum):
    POST = 1
    GET = 2


print(Shape == 1, Shape.CIRCLE == 1, Shape.CIRCLE == Request.POST)


class Color(Enum):
    RED = 1
    GREEN = 2


print(Shape.CIRCLE == Color.RED)
print(int(Shape.CIRCLE), ['a', 'b', 'c'][Shape.CIRCLE], [i for i in range(Shape.SQUARE)])
print(Shape.CIRCLE, repr(Shape.SQUARE), f'{Shape.SQUARE}', str(Shape.SQUARE), Shape.SQUARE + 0, Shape(2) < 3)
print(sorted([Shape.SQUARE, 0, Shape.CIRCLE]), Shape.SQUARE * 5, -Shape.CIRCLE, type(Shape.SQUARE * 5).__name__)


# StrEnum
class Fruit(StrEnum):
    APPLE = auto()
    BANANA = 'yellow banana'


print(Fruit.APPLE, repr(Fruit.APPLE), Fruit.APPLE == 'apple', Fruit.BANANA.upper(), f'{Fruit.BANANA:>15}|')
print(Fruit('apple'), '-'.join([Fruit.APPLE, Fruit.BANANA]), isinstance(Fruit.APPLE, str))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError:', e)


# IntFlag
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W)
print(Perm.R + Perm.W)
RW = Perm.R | Perm.W
print(Perm.R in RW)


class Perm2(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Perm2.RWX)
print(~Perm2.RWX)
print(Perm2(7))
print(Perm.R & Perm.X)
print(bool(Perm.R & Perm.X))
print(Perm.X | 4)
print(Perm.X + 8)
print(Perm(0), repr(Perm(0)), repr(RW), repr(Perm.R | 8))
print(Perm.X.name, RW.name, Perm(0).name)
print(list(RW), len(RW), RW.value, ~Perm.R, Perm.W ^ RW)


# Flag
class FColor(Flag):
    RED = auto()
    BLUE = auto()
    GREEN = auto()


print(FColor.RED & FColor.GREEN)
print(bool(FColor.RED & FColor.GREEN))


class FColor2(Flag):
    RED = auto()
    BLUE = auto()
    GREEN = auto()
    WHITE = RED | BLUE | GREEN


print(FColor2.WHITE, repr(FColor2.WHITE))


class FColor3(Flag):
    BLACK = 0
    RED = auto()
    BLUE = auto()
    GREEN = auto()


print(FColor3.BLACK, bool(FColor3.BLACK))
purple = FColor2.RED | FColor2.BLUE
print(list(purple), list(FColor2.WHITE), purple, repr(~purple), FColor2.BLUE in purple)
print([m.value for m in FColor2], FColor2(3), repr(FColor2(0)))
try:
    FColor2(8)
except ValueError as e:
    print('ValueError:', e)
print(FColor2.RED | FColor2.BLUE | FColor2.GREEN is FColor2.WHITE, FColor2['BLUE'].value)
print(format(Perm.R), format(RW), f'{Perm.R:d}', f'{RW!r}', f'{FColor.RED}', str(purple))
