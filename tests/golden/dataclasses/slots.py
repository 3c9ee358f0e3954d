# dataclass(slots=True): a new class with __slots__ for the fields, as _add_slots makes it.
from dataclasses import dataclass, field, fields, asdict, replace
import asyncio


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


@dataclass(slots=True, frozen=True)
class Tag:
    name: str
    weight: float = 1.0


@dataclass(slots=True, order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    deps: list = field(default_factory=list, repr=False)


@dataclass(slots=True)
class Point3(Point):
    z: int = 0


p = Point(3, -4)
print(p, p.norm(), Point.__slots__, Point.__qualname__, hasattr(p, "__dict__"), fields(p)[1].default)
try:
    p.color = "red"
except AttributeError as e:
    print("AttributeError:", e)
t = Tag("a")
print(t, hash(t) == hash(Tag("a")), Tag.__slots__)
try:
    t.name = "b"
except Exception as e:
    print(type(e).__name__, e)
jobs = sorted([Job(3, "c"), Job(1, "a", ["x"]), Job(2, "b")])
print(jobs, jobs[0].deps, Job.__slots__, replace(jobs[0], priority=9))
q = Point3(1, 2, 3)
print(q, Point3.__slots__, asdict(q), isinstance(q, Point), q.norm(), Point3.__mro__[1].__name__)
print(Point.__match_args__, Job.__match_args__)


def inner():
    @dataclass(slots=True)
    class Local:
        v: int
    return Local(1)


print(inner(), type(inner()).__qualname__)


async def main():
    points = await asyncio.gather(*(asyncio.sleep(0.001 * i, Point(i, i)) for i in range(3)))
    print(sum(pt.norm() for pt in points))

asyncio.run(main())
