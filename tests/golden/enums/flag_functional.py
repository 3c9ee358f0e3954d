# Flags built with the functional API, members defined out of value order, multi-bit aliases
# that are not named in iteration, and _generate_next_value_ after explicit values.
from enum import Flag, IntFlag, auto

Weekday = Flag("Weekday", "MON TUE WED THU FRI SAT SUN")
print(list(Weekday), len(Weekday))
weekend = Weekday.SAT | Weekday.SUN
print(repr(weekend), weekend, [d.name for d in ~weekend])
print(repr(Weekday(0b1010101)))

Perm = IntFlag("Perm", [("R", 4), ("W", 2), ("X", 1)])
print(list(Perm), repr(Perm(7)), list(Perm(7)), Perm(6))


class Backwards(Flag):
    HIGH = 4
    MID = 2
    LOW = 1


print(list(Backwards), list(Backwards(7)), repr(Backwards(5)), repr(~Backwards.MID))


class Gaps(Flag):
    FIRST = auto()
    BIG = 16
    NEXT = auto()
    BOTH = FIRST | BIG
    LAST = auto()


print([(m.name, m.value) for m in Gaps], Gaps.BOTH, repr(Gaps(17)), repr(Gaps(1 | 32)))
print(Gaps._flag_mask_, Gaps._singles_mask_, Gaps._all_bits_)


class Shape(Flag):
    ROUND = auto()
    RED = auto()
    BALL = ROUND | RED
    SMALL = auto()

    def describe(self):
        return f"{self.name} ({self.value:03b})"

    @property
    def parts(self):
        return [m.name for m in self]


print(Shape.BALL.describe(), (Shape.BALL | Shape.SMALL).describe(), Shape(7).parts)
print(Shape.__members__.keys(), len(Shape), Shape.BALL in Shape)
for s in [Shape.SMALL, Shape.BALL, Shape(0)]:
    match s:
        case Shape.BALL:
            print("a ball")
        case Shape.SMALL:
            print("small")
        case _:
            print("other", s)
