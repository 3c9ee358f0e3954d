# The generated __init__ calls self.__post_init__() only when the class had one when it was
# decorated (the docs' Rectangle/Square example).
from dataclasses import dataclass


@dataclass
class Rectangle:
    height: float
    width: float


@dataclass
class Square(Rectangle):
    side: float

    def __post_init__(self):
        print("Square.__post_init__")
        super().__init__(self.side, self.side)


print(Square(5))


@dataclass
class A:
    x: int


@dataclass
class B(A):
    y: int = 0

    def __post_init__(self):
        print("B.__post_init__", self.x, self.y)


b = B(1)
A.__init__(b, 2)
print(b)


class C(A):
    def __post_init__(self):
        print("never: A had no __post_init__ when decorated")


print(C(3))
