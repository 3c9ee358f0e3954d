# Errors from Flag classes: invalid values under STRICT, bad operands, membership of non-members;
# the last one is uncaught.
from enum import Flag, IntFlag, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


class Sparse(Flag):
    A = 1
    C = 4


class Level(IntFlag):
    LOW = 1
    HIGH = 2


for bad in (8, 9, -1, 16, 2, "red", 1.0, None):
    try:
        print("ok", repr(Sparse(bad)))
    except ValueError as e:
        print("ValueError:", e)

for bad in (Color(7), 255, -9):
    try:
        print("ok", repr(Color(bad)))
    except ValueError as e:
        print("ValueError:", e)

try:
    print(1 in Color.RED)
except TypeError as e:
    print("TypeError:", e)
try:
    print(Level.LOW in Color.RED | Color.BLUE)
except TypeError as e:
    print("TypeError:", e)
try:
    print(Color.RED | 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(Color.RED & Level.LOW)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x" in Color)
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Color["PURPLE"])
except KeyError as e:
    print("KeyError:", e)

print(repr(Level(12)), repr(Level.LOW | 8), Level(12).name)
print(repr(Color.GREEN ^ Color.GREEN), Color(0) is Color.GREEN ^ Color.GREEN)
print(Color.RED | "blue")
