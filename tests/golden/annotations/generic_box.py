# TypeVar and Generic classes, used from async code.
import asyncio
from typing import Generic, TypeVar, Optional, Callable

T = TypeVar("T")
U = TypeVar("U")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def map(self, fn: Callable[[T], U]) -> "Box[U]":
        return Box(fn(self.item))

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __len__(self) -> int:
        return len(self._items)


def first(items: list[T], default: T) -> T:
    return items[0] if items else default


async def produce(stack: Stack[int], start: int) -> None:
    for i in range(start, start + 3):
        stack.push(i)
        await asyncio.sleep(0)


async def main() -> None:
    b = Box(21)
    print(b, b.get(), b.map(lambda x: x * 2), b.map(str).map(len))
    ib: Box[int] = Box[int](7)
    print(ib.get(), type(ib).__name__)
    s: Stack[int] = Stack()
    await asyncio.gather(produce(s, 0), produce(s, 100))
    print(len(s), [s.pop() for _ in range(7)])
    print(first([], "empty"), first(["x", "y"], "empty"))
    print(T.__name__, isinstance(b, Box), Box.__name__)


asyncio.run(main())
