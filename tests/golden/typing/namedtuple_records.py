# typing.NamedTuple in class syntax: defaults, a docstring, methods and properties defined in
# the body, the tuple behaviour of instances and the namedtuple API (_fields, _asdict, ...).
from typing import NamedTuple, Optional


class Point(NamedTuple):
    """A point on the grid."""
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self) -> "Point":
        return Point(self.y, self.x)

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"


class Employee(NamedTuple):
    name: str
    id: int = 3
    manager: Optional[str] = None


p = Point(3, -4)
q = Point(1)
print(p, repr(p), q, repr(q))
print(p.x, p.y, p[0], p[-1], p[:1], len(p), list(p))
x, y = p
print(x, y, p.norm1(), p.swapped, p.swapped.swapped == p)
print(p == (3, -4), p != (3, -4), hash(p) == hash((3, -4)), isinstance(p, tuple), isinstance(p, Point))
print(type(p).__name__, type(p) is Point, Point.__doc__, Point.__name__, Point.__qualname__)
print(Point.__mro__, Point.__bases__)
print(Point._fields, Point._field_defaults, Point.__match_args__)
print(Point.__annotations__, Point.__new__.__annotations__)
print(Point.__new__.__defaults__, Point.__new__.__doc__, Point._make.__doc__)
print(Point.x, Point.y.__doc__, type(Point.x).__name__)
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(y=10), p._replace(), Point._make([7, 8]), Point._make(iter(range(2))))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2), Point(0)]))
print(max([Point(2, 1), Point(2, 3)]), min(Point(2, 1), Point(1, 9)))
print(p + (1,), p * 2, (0,) + q, 3 in p, p.index(-4), p.count(3))
print({Point(1, 2): "a", (1, 2): "b"})
e = Employee("Guido")
print(e, e.manager, Employee("Ann", 7, "Guido"), Employee(name="Bo", manager="Al"))
print(Employee._field_defaults, Employee.__new__.__defaults__)
print(Point(*p), Point(**q._asdict()), Point(y=2, x=1))
print(p.__getnewargs__(), tuple(p), [v * 2 for v in p])
print(f"{p!r:>20}|{p!s}|")


class Point3(Point):
    """A subclass of the named tuple: a plain class again."""
    def norm1(self) -> int:
        return super().norm1() * 10


r = Point3(1, 2)
print(r, repr(r), r.norm1(), r._replace(x=5), type(r._replace(x=5)).__name__, Point3.__mro__)
r.label = "extra"  # the subclass has no __slots__, so a __dict__
print(r.label, vars(r))
for attempt in ("p.x = 1", "del p.y", "p.z = 1", "vars(p)", "p.__dict__"):
    try:
        if attempt == "p.x = 1":
            p.x = 1
        elif attempt == "del p.y":
            del p.y
        elif attempt == "p.z = 1":
            p.z = 1
        elif attempt == "vars(p)":
            vars(p)
        else:
            print(p.__dict__)
    except (AttributeError, TypeError) as err:
        print(attempt, "->", type(err).__name__, err)
