# math.floor / math.ceil / math.trunc on ints, bools, floats, big ints, signed zeros,
# inf/nan (error texts), objects with __floor__/__ceil__/__trunc__/__float__/__index__, and strings.
import math


class Dunders:
    def __floor__(self): return "floored"
    def __ceil__(self): return 42
    def __trunc__(self): return [1, 2]
    def __repr__(self): return "Dunders()"


class OnlyFloat:
    def __float__(self): return 2.5
    def __repr__(self): return "OnlyFloat()"


class OnlyIndex:
    def __index__(self): return 7
    def __repr__(self): return "OnlyIndex()"


class BadFloat:
    def __float__(self): return "nope"
    def __repr__(self): return "BadFloat()"


class MyFloat(float):
    pass


class MyInt(int):
    pass


inputs = [0, 1, -1, True, False, 2**100, -2**100, 0.0, -0.0, 0.5, -0.5, 1.5, -1.5,
          2.9999999999999996, -2.0000000000000004, 1e300, -1e300, 4503599627370495.5,
          float('inf'), float('-inf'), float('nan'), MyFloat(3.7), MyInt(9),
          Dunders(), OnlyFloat(), OnlyIndex(), BadFloat(), "3", None, 1j]
for f in (math.floor, math.ceil, math.trunc):
    print("==", f.__name__)
    for x in inputs:
        try:
            r = f(x)
            print(repr(x), "->", repr(r), type(r).__name__)
        except Exception as e:
            print(repr(x), "!", type(e).__name__, e)

print(math.floor(1e300) == int(1e300), math.ceil(-1e-300), math.trunc(-0.9))
print(math.floor(2**53 + 0.0), math.ceil(10**20 / 3))
