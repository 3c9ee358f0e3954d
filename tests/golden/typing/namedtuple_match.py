# match statements over NamedTuples: positional patterns through __match_args__, keyword
# patterns, nested patterns, sequence patterns (a named tuple is a sequence) and guards.
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float


class Segment(NamedTuple):
    start: Point
    end: Point
    label: str = ""


class Circle(NamedTuple):
    center: Point
    radius: float


def describe(shape) -> str:
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Segment(Point(x1, y1), Point(x2, y2), label) if x1 == x2:
            return f"vertical segment {label or '?'} at x={x1} from {y1} to {y2}"
        case Segment(start, end, "diag"):
            return f"diagonal {start} -> {end}"
        case Segment(start=s, end=e):
            return f"segment {s.x},{s.y} -> {e.x},{e.y}"
        case Circle(Point() as c, r) if r <= 0:
            return f"degenerate circle at {c}"
        case Circle(center, radius):
            return f"circle r={radius} around {tuple(center)}"
        case (a, b):
            return f"some pair {a!r}, {b!r}"
        case _:
            return "unknown"


shapes = [
    Point(0, 0), Point(2.5, 0), Point(0, -1), Point(3, 4),
    Segment(Point(1, 0), Point(1, 5), "post"), Segment(Point(0, 0), Point(2, 2), "diag"),
    Segment(Point(0, 1), Point(2, 5)), Circle(Point(1, 1), 0), Circle(Point(1, 1), 2.5), (7, 8), [1, 2, 3],
]
for s in shapes:
    print(describe(s))

match Point(1, 2):
    case [x, y]:
        print("as a sequence", x, y)
match Segment(Point(0, 0), Point(1, 1)):
    case Segment(a, b):
        print("first two fields", a, b)
    case _:
        pass
print(Point.__match_args__, Segment.__match_args__)
for subject in (Point(1, 2), Segment(Point(0, 0), Point(1, 1))):
    try:
        match subject:
            case Point(1, 2, 3):
                pass
            case Segment(_, _, _, _):
                pass
    except TypeError as e:
        print(type(e).__name__, e)
