# Frozen dataclasses as dictionary keys and set members: generated __hash__/__eq__, replace(),
# astuple/asdict, inheritance adding defaulted fields, FrozenInstanceError on assignment.
from dataclasses import FrozenInstanceError, asdict, astuple, dataclass, replace


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx=0, dy=0):
        return replace(self, x=self.x + dx, y=self.y + dy)

    def manhattan(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)


@dataclass(frozen=True)
class Labeled(Point):
    label: str = "?"


@dataclass(eq=False)
class Tracker:
    name: str
    seen: tuple = ()


start = Point(0, 0)
path = [start]
for step in ["R", "R", "U", "L", "D", "L", "U", "U", "R", "D"]:
    dx, dy = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}[step]
    path.append(path[-1].moved(dx, dy))
print(path[-1], len(path), len(set(path)))
visits = {}
for p in path:
    visits[p] = visits.get(p, 0) + 1
print({(p.x, p.y): n for p, n in visits.items() if n > 1})
print(max(path, key=start.manhattan), start.manhattan(path[-1]))
lp = Labeled(1, 2, "home")
print(lp, astuple(lp), asdict(lp), lp == Point(1, 2), Point(1, 2) == Point(1, 2))
print(replace(lp, label="work"), lp.moved(dy=5), hash(Point(3, 4)) == hash(Point(3, 4)))
try:
    lp.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    replace(lp, z=1)
except TypeError as e:
    print("TypeError:", e)
t1, t2 = Tracker("a"), Tracker("a")
print(t1 == t2, t1 == t1, Tracker.__hash__ is object.__hash__, t1)
print(Point.__dataclass_params__.frozen if hasattr(Point, "__dataclass_params__") else "-")
print(sorted({Point(2, 1), Point(1, 2), Point(1, 1)}, key=astuple))
