from enum import Enum, IntEnum, StrEnum, auto


class Color(Enum):
    RED = (255, 0, 0)
    GREEN = (0, 128, 0)
    BLUE = (0, 0, 255)
    CRIMSON = (255, 0, 0)

    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    @property
    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

    def mix(self, other):
        return tuple((a + b) // 2 for a, b in zip(self.value, other.value))


class Size(StrEnum):
    SMALL = auto()
    LARGE = "L"


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

    def __str__(self):
        return self.name.lower()


print(Color.RED, Color.CRIMSON, Color.CRIMSON is Color.RED, Color.RED.hex, Color.BLUE.r, Color.RED.mix(Color.BLUE))
print(list(Color), list(Color.__members__), Color((0, 128, 0)), Color.GREEN.name)
print(Size.SMALL, repr(Size.SMALL), Size.LARGE == "L", Size.SMALL.upper(), f"{Size.LARGE}!", "-".join(Size))
print(Level("info"), Level(40), repr(Level.DEBUG), f"{Level.ERROR}", Level.ERROR >= 30, Level.INFO * 2, int(Level.DEBUG))
print([lv for lv in Level if lv >= Level.INFO], sorted(Level, reverse=True)[0].name)
by_level = {Level.DEBUG: [], Level.ERROR: []}
by_level[Level(10)].append("x")
print(by_level, Level.DEBUG in by_level, 10 in by_level)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(f"{p.name:<8} {p.surface_gravity:.3f}")
try:
    Level(15)
except ValueError as e:
    print("ValueError:", e)
try:
    Level("verbose")
except KeyError as e:
    print("KeyError:", e, "| context:", repr(e.__context__))
print(Level(None) if False else Level("Debug"), Color.GREEN.mix(Color.RED))
Color.RED.mix("blue")
