from dataclasses import dataclass
from enum import Enum


class Shape:
    class Inner:
        pass

    def __init__(self, kind):
        self.kind = kind

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{type(self).__name__}({self.kind}) area={self.area()}"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Tag:
    name: str
    color: Color = Color.GREEN


def make_tag(name):
    return Tag(name)


def total_area(items):
    return sum(s.area() for s in items)
