class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center, self.r = center, r


class Rect:
    __match_args__ = ("p1", "p2")

    def __init__(self, p1, p2):
        self.p1, self.p2 = p1, p2


def area(shape):
    match shape:
        case Circle(_, r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(Point(0, 0), r):
            return f"centered circle area ~ {3.14159 * r * r:.2f}"
        case Circle(c, r):
            return f"circle at {c} area ~ {3.14159 * r ** 2:.2f}"
        case Rect(Point(x1, y1), Point(x2, y2)) if x1 == x2 or y1 == y2:
            return "degenerate rect"
        case Rect(Point(x1, y1), Point(x2, y2)):
            return f"rect area {abs(x2 - x1) * abs(y2 - y1)}"
        case Point(x=0) | Point(y=0):
            return "point on an axis"
        case (Point() as a, Point() as b):
            return f"segment {a}->{b}"
        case [Point(), *_] as pts if len(pts) > 2:
            return f"polygon with {len(pts)} vertices"
        case {"shape": "circle", "r": int() | float() as r}:
            return area(Circle(Point(0, 0), r))
        case int(n) | float(n):
            return f"scalar {n}"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(shape).__name__}"


shapes = [
    Circle(Point(0, 0), 2), Circle(Point(1, 1), 1.5), Rect(Point(0, 0), Point(3, 4)), Rect(Point(1, 1), Point(1, 9)),
    Point(0, 5), Point(3, 0), Point(2, 2), (Point(1, 2), Point(3, 4)), [Point(0, 0), Point(1, 0), Point(0, 1)],
    [Point(0, 0)], {"shape": "circle", "r": 1}, {"shape": "circle", "r": "big"}, 7, 2.5, True, None, "str",
]
for s in shapes:
    print(area(s))

match Point(1, 2):
    case Point(a, b, c):
        print("three")
