# Tests super() with overridden properties, __init__ chains and attribute access through super.
class Shape:
    def __init__(self, color):
        self.color = color
    @property
    def description(self):
        return f"{self.color} shape with {self.sides} sides"
    @property
    def area(self):
        return 0

class Square(Shape):
    sides = 4
    def __init__(self, color, size):
        super().__init__(color)
        self.size = size
    @property
    def description(self):
        return super().description + f" (square {self.size})"
    @property
    def area(self):
        return self.size * self.size + super().area

class Cube(Square):
    @property
    def description(self):
        return "cube: " + super().description
    @property
    def area(self):
        return 6 * super().area
    def parent_sides(self):
        return super().sides

print(Square("red", 3).description, Square("red", 3).area)
k = Cube("blue", 2)
print(k.description, k.area, k.parent_sides(), k.color)
print(Shape.description.fget(k), Square.area.fget(k))

class Counter:
    def __init__(self):
        self._n = 0
    @property
    def n(self):
        return self._n
    @n.setter
    def n(self, v):
        print("  Counter setter", v)
        self._n = v

class Loud(Counter):
    @property
    def n(self):
        return super().n * 100
    @n.setter
    def n(self, v):
        Counter.n.fset(self, v + 1)

lo = Loud()
lo.n = 4
print(lo.n, lo._n)
