# TypeVar + Generic containers used from async code: a bounded buffer and a typed result wrapper.
import asyncio
from typing import Generic, TypeVar, Optional, Callable, Iterator

T = TypeVar("T")
U = TypeVar("U")
K = TypeVar("K", int, str)


class Stack(Generic[T]):
    def __init__(self, items: Optional[list[T]] = None) -> None:
        self._items: list[T] = list(items or [])

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def map(self, fn: Callable[[T], U]) -> "Stack[U]":
        return Stack([fn(x) for x in self._items])

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


class Result(Generic[T]):
    def __init__(self, value: Optional[T] = None, error: Optional[str] = None) -> None:
        self.value = value
        self.error = error

    def __repr__(self) -> str:
        return f"Ok({self.value!r})" if self.error is None else f"Err({self.error})"


async def compute(key: K, table: dict[K, int]) -> Result[int]:
    await asyncio.sleep(0)
    if key in table:
        return Result(table[key] * 2)
    return Result(error=f"missing {key!r}")


def first(xs: list[T], default: T) -> T:
    return xs[0] if xs else default


async def main() -> None:
    s: Stack[int] = Stack([1, 2]).push(3).push(4)
    print(list(s), len(s), s.pop(), list(s.map(lambda n: f"<{n}>")))
    empty: Stack[str] = Stack()
    print(empty.pop(), len(empty))
    table: dict[str, int] = {"a": 1, "b": 20}
    print(await asyncio.gather(*(compute(k, table) for k in ["a", "b", "c"])))
    print(await compute(3, {3: 7}))
    print(first([], "none"), first([9, 8], 0))
    print(Stack[int].__origin__ is Stack, Stack[int] == Stack[int], Stack[int] == Stack[str])
    print(Stack.__parameters__, Result[str].__args__, K.__constraints__)
    print(Generic in Stack.__mro__, Stack.__mro__[0].__name__)


asyncio.run(main())
