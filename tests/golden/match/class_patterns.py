# Class patterns with __match_args__, dataclass instances, nested patterns and captures.
from dataclasses import dataclass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    w: int
    h: int


@dataclass
class Group:
    name: str
    items: list


def describe(shape, depth=0):
    pad = "  " * depth
    match shape:
        case Point(0, 0):
            print(pad + "origin")
        case Point(x, 0) | Point(0, x):
            print(pad + f"on an axis at {x}")
        case Point(x=x, y=y) if x == y:
            print(pad + f"diagonal point {x}")
        case Point(x, y):
            print(pad + f"point ({x}, {y})")
        case Circle(Point(cx, cy), r) if r <= 0:
            print(pad + f"degenerate circle at ({cx}, {cy})")
        case Circle(center=Point() as c, radius=r):
            print(pad + f"circle r={r} around ({c.x}, {c.y})")
        case Rect(_, w, h) if w == h:
            print(pad + f"square side {w}")
        case Rect(Point(x, y), w, h):
            print(pad + f"rect {w}x{h} from ({x}, {y}) area {w * h}")
        case Group(name, []):
            print(pad + f"empty group {name}")
        case Group(name, [first, *rest]):
            print(pad + f"group {name} with {1 + len(rest)} items")
            for item in [first, *rest]:
                describe(item, depth + 1)
        case int() | float() as n:
            print(pad + f"a bare number {n}")
        case str(s):
            print(pad + f"a label {s!r}")
        case _:
            print(pad + f"unknown {type(shape).__name__}")


shapes = [
    Point(0, 0), Point(3, 0), Point(0, -2), Point(4, 4), Point(1, 2),
    Circle(Point(1, 1), 0), Circle(Point(2, 5), 1.5),
    Rect(Point(0, 0), 3, 3), Rect(Point(1, 2), 4, 5),
    Group("empty", []),
    Group("scene", [Point(7, 7), Rect(Point(0, 1), 2, 6), Group("inner", [Circle(Point(0, 0), 2)]), 9]),
    2.5, "hello", None, [1, 2],
]
for s in shapes:
    describe(s)
print(Circle.__match_args__, Rect.__match_args__)
