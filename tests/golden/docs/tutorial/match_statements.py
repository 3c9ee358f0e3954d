# Tutorial 4.6: match Statements
from dataclasses import dataclass
from enum import Enum


def http_error(status):
    match status:
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 418:
            return "I'm a teapot"
        case 401 | 403:
            return "Not allowed"
        case _:
            return "Something's wrong with the internet"


for code in (400, 401, 403, 404, 418, 500):
    print(code, http_error(code))


def where(point):
    # point is an (x, y) tuple
    match point:
        case (0, 0):
            print("Origin")
        case (0, y):
            print(f"Y={y}")
        case (x, 0):
            print(f"X={x}")
        case (x, y):
            print(f"X={x}, Y={y}")
        case _:
            raise ValueError("Not a point")


for p in ((0, 0), (0, 5), (3, 0), (2, 7)):
    where(p)
try:
    where("xyz")
except ValueError as e:
    print("ValueError:", e)


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where_is(point):
    match point:
        case Point(x=0, y=0):
            print("Origin")
        case Point(x=0, y=y):
            print(f"Y={y}")
        case Point(x=x, y=0):
            print(f"X={x}")
        case Point():
            print("Somewhere else")
        case _:
            print("Not a point")


for p in (Point(0, 0), Point(0, 4), Point(6, 0), Point(1, 1), 17):
    where_is(p)


def positional(points):
    match points:
        case []:
            print("No points")
        case [Point(x=0, y=0)]:
            print("The origin")
        case [Point(x=x, y=y)]:
            print(f"Single point {x}, {y}")
        case [Point(x=0, y=y1), Point(x=0, y=y2)]:
            print(f"Two on the Y axis at {y1}, {y2}")
        case _:
            print("Something else")


positional([])
positional([Point(0, 0)])
positional([Point(2, 3)])
positional([Point(0, 1), Point(0, 9)])
positional([Point(1, 1), Point(2, 2), Point(3, 3)])


def guard(point):
    match point:
        case Point(x, y) if x == y:
            print(f"Y=X at {x}")
        case Point(x, y):
            print(f"Not on the diagonal")


guard(Point(3, 3))
guard(Point(3, 4))


class Color(Enum):
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'


for value in ('red', 'green', 'blue'):
    color = Color(value)
    match color:
        case Color.RED:
            print("I see red!")
        case Color.GREEN:
            print("Grass is green")
        case Color.BLUE:
            print("I'm feeling the blues :(")


def command(cmd):
    match cmd.split():
        case [action]:
            return f"single action {action}"
        case [action, obj]:
            return f"action {action} on {obj}"
        case ["go", direction] | ["move", direction]:
            return f"never reached {direction}"
        case ["drop", *objects]:
            return f"dropping {objects}"
        case _:
            return "unknown"


for c in ("look", "get sword", "drop a b c", "a b c d"):
    print(repr(c), "->", command(c))


def mapping(config):
    match config:
        case {"action": "go", "direction": ("north" | "south") as d}:
            return f"going {d}"
        case {"action": str(a), **rest}:
            return f"action {a} rest={rest}"
        case (Point(x=x1, y=y1), Point(x=x2, y=y2) as p2):
            return f"two points {x1},{y1} and {p2.x},{y2}"
        case [1, 2, *others]:
            return f"starts with 1, 2 then {others}"
        case _:
            return "no match"


print(mapping({"action": "go", "direction": "north"}))
print(mapping({"action": "go", "direction": "west", "speed": 3}))
print(mapping((Point(1, 2), Point(3, 4))))
print(mapping([1, 2, 3, 4, 5]))
print(mapping([1, 2]))
print(mapping({"action": 5}))


@dataclass
class Click:
    position: tuple
    button: str


def event(ev):
    match ev:
        case Click(position=(x, y), button="left"):
            return f"left click at {x},{y}"
        case Click((x, y), b):
            return f"{b} click at {x},{y}"
        case _:
            return "other"


print(event(Click((1, 2), "left")))
print(event(Click((5, 6), "right")))
print(event(3))
