# Enum HOWTO: Enum Cookbook and "When to use __new__() vs __init__()"
from enum import Enum, IntEnum, auto


# Omitting values: using auto with a custom repr
class NoValue(Enum):
    def __repr__(self):
        return '<%s.%s>' % (self.__class__.__name__, self.name)


class Color(NoValue):
    RED = auto()
    BLUE = auto()
    GREEN = auto()


print(Color.GREEN, repr(Color.GREEN), Color.GREEN.value)


# Using object
class Color2(NoValue):
    RED = object()
    GREEN = object()
    BLUE = object()


print(repr(Color2.GREEN), Color2.GREEN.value is Color2['GREEN'].value)


# Using a descriptive string
class Color3(NoValue):
    RED = 'stop'
    GREEN = 'go'
    BLUE = 'too fast!'


print(repr(Color3.GREEN), Color3.GREEN.value, Color3('go'))


# Using a custom __new__()
class AutoNumber(Enum):
    def __new__(cls):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj


class Color4(AutoNumber):
    RED = ()
    GREEN = ()
    BLUE = ()


print(Color4.GREEN, Color4.GREEN.value, repr(Color4.BLUE))


class AutoNumber2(Enum):
    def __new__(cls, *args):      # this is the only change from above
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj


class Swatch(AutoNumber2):
    def __init__(self, pantone='unknown'):
        self.pantone = pantone
    AUBURN = '3497'
    SEA_GREEN = '1246'
    BLEACHED_CORAL = ()  # New color, no Pantone code yet!


print(Swatch.SEA_GREEN)
print(Swatch.SEA_GREEN.pantone)
print(Swatch.BLEACHED_CORAL.pantone)


# OrderedEnum
class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented

    def __gt__(self, other):
        if self.__class__ is other.__class__:
            return self.value > other.value
        return NotImplemented

    def __le__(self, other):
        if self.__class__ is other.__class__:
            return self.value <= other.value
        return NotImplemented

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3
    D = 2
    F = 1


print(Grade.C < Grade.A, sorted(Grade), max(Grade.B, Grade.D))
try:
    Grade.C < 3
except TypeError as e:
    print('TypeError:', e)


# DuplicateFreeEnum
class DuplicateFreeEnum(Enum):
    def __init__(self, *args):
        cls = self.__class__
        if any(self.value == e.value for e in cls):
            a = self.name
            e = cls(self.value).name
            raise ValueError(
                "aliases not allowed in DuplicateFreeEnum:  %r --> %r"
                % (a, e))


class Color5(DuplicateFreeEnum):
    RED = 1
    GREEN = 2
    BLUE = 3


try:
    class Color6(DuplicateFreeEnum):
        RED = 1
        GREEN = 2
        BLUE = 3
        GRENE = 2
except ValueError as e:
    print('ValueError:', e)
print(list(Color5))


# Planet
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS   = (4.869e+24, 6.0518e6)
    EARTH   = (5.976e+24, 6.37814e6)
    MARS    = (6.421e+23, 3.3972e6)
    JUPITER = (1.9e+27,   7.1492e7)
    SATURN  = (5.688e+26, 6.0268e7)
    URANUS  = (8.686e+25, 2.5559e7)
    NEPTUNE = (1.024e+26, 2.4746e7)

    def __init__(self, mass, radius):
        self.mass = mass       # in kilograms
        self.radius = radius   # in meters

    @property
    def surface_gravity(self):
        # universal gravitational constant  (m3 kg-1 s-2)
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value)
print(Planet.EARTH.surface_gravity)
print(round(Planet.JUPITER.surface_gravity, 3), Planet((6.421e+23, 3.3972e6)))


# When to use __new__() vs __init__(): the doc's bytes mix-in is refused by aiocc
# ('subclassing built-in type bytes'), so an int mix-in is used instead
class Coordinate(int, Enum):
    """
    Coordinate with binary codes that can be indexed by the int code.
    """
    def __new__(cls, value, label, unit):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj
    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
    VX = (2, 'V.X', 'km/s')
    VY = (3, 'V.Y', 'km/s')


print(Coordinate['PY'])
print(Coordinate(3))
print(Coordinate.VX.label, Coordinate.VX.unit, int(Coordinate.VX), Coordinate.__doc__.strip())


# _missing_ and _ignore_-free lookups
class Status(IntEnum):
    ACTIVE = 1
    INACTIVE = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.name == value.upper():
                    return member
        return None


print(Status('active'), Status(2), repr(Status('Inactive')))
try:
    Status(9)
except ValueError as e:
    print('ValueError:', e)


# Boolean value of enum classes and members
class Truthy(Enum):
    ZERO = 0
    ONE = 1

    def __bool__(self):
        return bool(self.value)


print(bool(Truthy.ZERO), bool(Truthy.ONE), bool(Color5.RED), bool(Truthy))

# __members__ and member attributes
print(list(Planet.__members__)[:3], Planet.MARS.name, Planet.MARS.mass, Planet.MARS._value_)
print(Planet.EARTH in Planet, len(Planet), Planet['VENUS'].radius, list(Coordinate)[0].label)
