# Enum, IntEnum, StrEnum: members, aliases, auto(), lookups by value and name, iteration,
# custom __init__ on tuple values, reprs and str(), unique, match on members.
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} #{self.value}"

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


class Status(IntEnum):
    OK = 200
    MISSING = 404


class Mode(StrEnum):
    READ = auto()
    WRITE = auto()


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.RED.describe())
print(list(Color), len(Color), Color.GREEN in Color, [c.name for c in Color], Color.parse("green"))
print(Status.OK, repr(Status.MISSING), Status.OK == 200, Status(404), Status.OK + 1, f"{Status.OK:>6}", sorted(Status))
print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode("write"), f"[{Mode.READ}]")
print([s.value for s in Step], Planet.EARTH.mass, Planet.MERCURY.value, repr(Color), type(Color.RED))
print(isinstance(Color.RED, Color), Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", str(Status.OK), {Color.RED: "r"}[Color.CRIMSON], Color.__members__)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
match Color(3):
    case Color.BLUE:
        print("matched blue")
