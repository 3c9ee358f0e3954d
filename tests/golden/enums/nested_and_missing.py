# Enum reprs and str() use the class's __name__ (nested classes too); an IntEnum with its own
# __str__ formats with it under an empty spec; what _missing_ raises carries the ValueError as
# __context__; recursive tuples repr as (...).
import enum


class Outer:
    class Color(enum.Enum):
        RED = 1

    class Lvl(enum.IntEnum):
        ERROR = 40
        WARN = 30

        def __str__(self):
            return self.name.lower()


class C(enum.Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 5:
            raise KeyError("no five")
        if value == 6:
            raise ValueError("own")
        if value == 7:
            return "seven"
        return None


print(Outer.Color.RED, repr(Outer.Color.RED), Outer.Color, f"{Outer.Lvl.ERROR}", format(Outer.Lvl.ERROR, "d"))
print(repr(Outer.Lvl.ERROR), list(Outer.Color), f"{Outer.Lvl.WARN:>6}|", str(Outer.Lvl.WARN))
for v in [5, 6, 7, 8]:
    try:
        C(v)
    except Exception as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))
try:
    Outer.Color(9)
except ValueError as e:
    print(e)
t = ([],)
t[0].append(t)
d = {}
d["t"] = (d,)
s = [1]
s.append((s, {"k": s}))
print(t, d, s)
