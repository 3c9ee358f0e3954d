# The ellipsis as a placeholder statement body and as a value.
from typing import Protocol


class Shape(Protocol):
    def area(self) -> float: ...


def todo() -> None:
    ...


def stub(x: int) -> int: ...


class Square:
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side ** 2


class Empty:
    ...


print(...)
print(Ellipsis is ..., ... == ..., type(...).__name__)
print(repr(...), str(...), bool(...))
print(todo(), stub(3))
print(Square(3).area(), Empty.__name__)
config = {"timeout": ..., "retries": 3}
for key, val in config.items():
    print(key, "unset" if val is ... else val)
items = [1, ..., 3]
print(items, items.count(...))
print(tuple[int, ...])


def fill(values: list, default: int = 0) -> list:
    return [default if v is ... else v for v in values]


print(fill([1, ..., ..., 4], default=-1))
if ...:
    print("ellipsis is truthy")
