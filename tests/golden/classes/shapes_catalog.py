"""Geometry catalog: ABCs, properties with setters/validation, class and static methods."""
from abc import ABC, abstractmethod
from functools import cached_property, total_ordering
from typing import Iterator, Protocol, runtime_checkable

PI = 3.141592653589793


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


@total_ordering
class Shape(ABC):
    units = "cm"
    _count = 0

    def __init__(self, label: str):
        self.label = label
        type(self)._count += 1

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    @classmethod
    def created(cls) -> int:
        return cls._count

    @staticmethod
    def fmt(x: float) -> str:
        return f"{x:10.3f}"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Shape) and abs(self.area() - other.area()) < 1e-9

    __hash__ = None  # type: ignore[assignment]

    def __str__(self) -> str:
        return f"{type(self).__name__.lower()} {self.label!r}: area{self.fmt(self.area())} {self.units}²"


class Rect(Shape):
    def __init__(self, label: str, w: float, h: float):
        super().__init__(label)
        self.w, self.h = w, h

    @property
    def w(self) -> float:
        return self._w

    @w.setter
    def w(self, value: float) -> None:
        if value <= 0:
            raise ValueError(f"width must be positive: {value}")
        self._w = value

    @property
    def h(self) -> float:
        return self._h

    @h.setter
    def h(self, value: float) -> None:
        if value <= 0:
            raise ValueError(f"height must be positive: {value}")
        self._h = value

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)

    @classmethod
    def square(cls, label: str, side: float) -> "Rect":
        return cls(label, side, side)


class Circle(Shape):
    def __init__(self, label: str, r: float):
        super().__init__(label)
        self.r = r

    @cached_property
    def diameter(self) -> float:
        print(f"  (computing diameter of {self.label})")
        return 2 * self.r

    def area(self) -> float:
        return PI * self.r ** 2

    def perimeter(self) -> float:
        return PI * self.diameter


class Triangle(Shape):
    units = "mm"

    def __init__(self, label: str, a: float, b: float, c: float):
        if not (a + b > c and a + c > b and b + c > a):
            raise ValueError(f"sides {a}, {b}, {c} violate the triangle inequality")
        super().__init__(label)
        self.sides = (a, b, c)

    def perimeter(self) -> float:
        return sum(self.sides)

    def area(self) -> float:
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5


class Blob:
    def area(self) -> float:
        return 1.0


def shapes() -> Iterator[Shape]:
    yield Rect("door", 90, 210)
    yield Rect.square("tile", 30)
    yield Circle("plate", 13.5)
    yield Triangle("sail", 300, 400, 500)
    yield Circle("coin", 1.2)


catalog = list(shapes())
for s in sorted(catalog):
    print(s, f"perimeter={s.perimeter():.2f}")
c = catalog[2]
print(c.diameter, c.diameter, "diameter" in vars(c))
del c.diameter
print(c.perimeter() > 84, Rect.created(), Circle.created(), Triangle.created(), Shape.created())
print(Rect("a", 2, 8) == Rect.square("b", 4), Rect("a", 2, 8) <= Circle("u", 1), max(catalog).label)
print(isinstance(Blob(), HasArea), isinstance(catalog[0], HasArea), isinstance(3, HasArea))
print(Triangle.units, Rect.units, catalog[3].units, Shape.fmt(2 / 3))
for bad in [lambda: Rect("x", 0, 1), lambda: Triangle("t", 1, 2, 5), lambda: Shape("abstract"),
            lambda: hash(catalog[0]), lambda: setattr(catalog[1], "h", -4)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
catalog[1].w = 45
print(catalog[1], Rect.w.__doc__, type(Rect.__dict__["w"]).__name__)
print(catalog[0] < "wall")
