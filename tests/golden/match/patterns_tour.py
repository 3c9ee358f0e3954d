class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(value):
    match value:
        case 0 | 1 as small:
            return f"small {small}"
        case -5:
            return "minus five"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true!"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case [first, *rest]:
            return f"list starting {first} then {rest}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case {"type": "move", "dx": dx, **others}:
            return f"move {dx} {others}"
        case {"type": kind}:
            return f"event {kind}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() | list():
            return "some string"
        case float(f):
            return f"float {f}"
        case _:
            return "unknown"


for v in [0, 1, -5, "hi", None, True, [3, 3], [1, 2, 3], (1, 2, 3), (4, 5), {"type": "move", "dx": 3, "dy": 4},
          {"type": "click"}, Point(0, 0), Point(0, 7), Point(2, 2), Point(1, 5), 1000, "abc", 2.5, 42, []]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case _:
        print("?")
print(direction)
