"""Protocols, Generic[T] containers, NamedTuple and TypedDict in a small geometry app."""
from typing import Generic, TypeVar, Protocol, NamedTuple, TypedDict, Iterator, Callable, runtime_checkable
from abc import ABC, abstractmethod

T = TypeVar("T")
N = TypeVar("N", int, float)


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

    def __str__(self) -> str:
        return f"({self.x:g}, {self.y:g})"


class ShapeDict(TypedDict, total=False):
    kind: str
    area: float
    label: str


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def to_dict(self) -> ShapeDict:
        return ShapeDict(kind=type(self).__name__, area=round(self.area(), 3))


class Rect(Shape):
    def __init__(self, a: Point, b: Point) -> None:
        self.a, self.b = a, b

    def area(self) -> float:
        return abs(self.b.x - self.a.x) * abs(self.b.y - self.a.y)

    def perimeter(self) -> float:
        return 2 * (abs(self.b.x - self.a.x) + abs(self.b.y - self.a.y))


class Polygon(Shape):
    def __init__(self, *pts: Point) -> None:
        self.pts = pts

    def area(self) -> float:
        s = 0.0
        for p, q in zip(self.pts, self.pts[1:] + self.pts[:1]):
            s += p.x * q.y - q.x * p.y
        return abs(s) / 2

    def perimeter(self) -> float:
        return sum(p.dist(q) for p, q in zip(self.pts, self.pts[1:] + self.pts[:1]))


class Blob:
    def area(self) -> float:
        return 1.5


class Registry(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[str, T] = {}

    def register(self, name: str, item: T) -> T:
        self._items[name] = item
        return item

    def __iter__(self) -> Iterator[tuple[str, T]]:
        return iter(sorted(self._items.items()))

    def find(self, pred: Callable[[T], bool]) -> list[str]:
        return [n for n, i in self if pred(i)]


def total(values: list[N]) -> N:
    result = values[0]
    for v in values[1:]:
        result += v
    return result


def main() -> None:
    p, q = Point(0, 0), Point(3, 4)
    print(p, q, p.dist(q), Point(1), Point._fields, Point._field_defaults)
    print(q._asdict(), q._replace(y=-4), Point._make([7, 8]), q[0], len(q), tuple(q) == (3, 4))
    x, y = q
    print("unpacked:", x, y, isinstance(q, tuple), Point.__annotations__)
    reg: Registry[Shape] = Registry()
    reg.register("square", Rect(Point(0, 0), Point(2, 2)))
    reg.register("tri", Polygon(Point(0, 0), Point(4, 0), Point(0, 3)))
    reg.register("wide", Rect(Point(-1, 0), Point(5, 1)))
    for name, shape in reg:
        d = shape.to_dict()
        d["label"] = name.title()
        print(f"  {name:<7} area={shape.area():6.2f} perimeter={shape.perimeter():6.2f} {d}")
    print("big:", reg.find(lambda s: s.area() > 5), "| small:", reg.find(lambda s: s.area() <= 5))
    print("protocol:", isinstance(Blob(), HasArea), isinstance(Rect(p, q), HasArea), isinstance(p, HasArea))
    print("abc:", isinstance(Blob(), Shape), issubclass(Polygon, Shape))
    print("totals:", total([1, 2, 3]), total([0.5, 0.25]), total(["a", "b"]))
    sd: ShapeDict = {"kind": "circle"}
    print("typeddict:", sd, type(sd).__name__, ShapeDict.__total__, sorted(ShapeDict.__annotations__))
    print("generic alias:", Registry[int], Registry[Shape].__origin__ is Registry, list[Point])
    try:
        Shape()
    except TypeError as e:
        print("abstract:", e)

    class Partial(Shape):
        def area(self) -> float:
            return 0.0

    Partial()


main()
