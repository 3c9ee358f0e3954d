# Structural typing without runtime checks: a Protocol used only as an annotation, abstract
# generic base classes, Sequence-typed helpers, and sorting typed records.
import asyncio
from typing import Generic, Iterable, Protocol, Sequence, TypeVar

T = TypeVar("T")
N = TypeVar("N", int, float)


class HasArea(Protocol):
    def area(self) -> float: ...


class Rect:
    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h

    def __repr__(self) -> str:
        return f"Rect({self.w}x{self.h})"


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return round(3.14159 * self.r * self.r, 3)

    def __repr__(self) -> str:
        return f"Circle(r={self.r})"


def total_area(shapes: Iterable[HasArea]) -> float:
    return sum(s.area() for s in shapes)


def largest(items: Sequence[T], key) -> T:
    return max(items, key=key)


def scale(values: Sequence[N], factor: N) -> list[N]:
    return [v * factor for v in values]


class Pair(Generic[T]):
    def __init__(self, first: T, second: T) -> None:
        self.first, self.second = first, second

    def swap(self) -> "Pair[T]":
        return Pair(self.second, self.first)

    def __repr__(self) -> str:
        return f"Pair({self.first!r}, {self.second!r})"


async def measure(shape: HasArea) -> float:
    await asyncio.sleep(0)
    return shape.area()


async def main() -> None:
    shapes: list[HasArea] = [Rect(2, 3), Circle(1), Rect(1.5, 4), Circle(0.5)]
    print(total_area(shapes), largest(shapes, key=lambda s: s.area()))
    print(await asyncio.gather(*map(measure, shapes)))
    print(sorted(shapes, key=lambda s: s.area()))
    print(scale([1, 2, 3], 3), scale([0.5, 1.5], 2.0))
    p = Pair("left", "right")
    print(p, p.swap(), p.swap().swap().first)
    print(N.__constraints__, T.__bound__, HasArea.__name__)


asyncio.run(main())
