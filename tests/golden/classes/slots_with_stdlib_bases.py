# Generic, Protocol and ABC declare empty __slots__, so a subclass with __slots__ has no
# __dict__, as in CPython.
from abc import ABC, abstractmethod
from typing import Generic, TypeVar, Protocol

T = TypeVar("T")


class Node(Generic[T]):
    __slots__ = ("value", "next")

    def __init__(self, value):
        self.value = value
        self.next = None


class Shape(ABC):
    __slots__ = ("name",)

    @abstractmethod
    def area(self): ...


class Sq(Shape):
    __slots__ = ("side",)

    def __init__(self, s):
        self.name = "sq"
        self.side = s

    def area(self):
        return self.side ** 2


class P(Protocol):
    __slots__ = ()


class Plain(Generic[T]):
    pass


for obj in (Node(1), Sq(2)):
    try:
        obj.other = 1
        print("set", type(obj).__name__)
    except AttributeError as e:
        print("AttributeError:", e)
    print(hasattr(obj, "__dict__"))
p = Plain()
p.x = 1
print(vars(p), Sq(3).area(), "__slots__" in vars(ABC), Generic.__slots__, ABC.__slots__)
