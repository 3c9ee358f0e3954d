# The enum functional API in its forms (names string, list, pairs, mapping, start=, type=), the
# errors of reassigning or deleting a member, _missing_ returning something invalid, and
# IntEnum/StrEnum members hashing like their values.
from enum import Enum, IntEnum, StrEnum

Color = Enum("Color", "RED, GREEN BLUE")
Shape = Enum("Shape", ["CIRCLE", "SQUARE"], start=10)
Level = IntEnum("Level", {"LOW": 1, "HIGH": 9})
Mode = StrEnum("Mode", "READ WRITE")
Pair = Enum("Pair", [("A", (1, 2)), ("B", (3, 4))])
Num = Enum("Num", "ONE TWO", type=int)
print(list(Color), list(Shape), list(Level), list(Mode), list(Pair), list(Num))
print(Color.GREEN.value, Shape.SQUARE.value, Level(9), Mode.WRITE.value, Pair.B.value, Num.TWO + 1)
print(repr(Color), repr(Mode.READ), Color.__name__, type(Level.LOW).__name__)
print({9: "x"}.get(Level.HIGH), "read" in {Mode.READ}, hash(Mode.READ) == hash("read"))
for action in ["assign", "delete"]:
    try:
        if action == "assign":
            Color.RED = 3
        else:
            del Color.RED
    except AttributeError as e:
        print(action, e)


class Status(Enum):
    OK = 200
    MISSING = 404

    @classmethod
    def _missing_(cls, value):
        if value == "bad":
            return 17
        if isinstance(value, int) and 200 <= value < 300:
            return cls.OK
        return None


print(Status(204), Status(404))
for v in [500, "bad"]:
    try:
        Status(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Enum()
except TypeError as e:
    print(e)
