# Tests classmethod and staticmethod called on the class, instances and subclasses.
class Shape:
    count = 0
    def __init__(self, sides):
        self.sides = sides
    @classmethod
    def triangle(cls):
        cls.count += 1
        return cls(3)
    @classmethod
    def describe(cls, suffix="!"):
        return cls.__name__ + suffix
    @staticmethod
    def area_of_square(n):
        return n * n
    @staticmethod
    def no_args():
        return "static"
    def uses_static(self):
        return self.area_of_square(self.sides)


class Square(Shape):
    @classmethod
    def describe(cls, suffix="?"):
        return "Sq:" + super().describe(suffix)


t = Shape.triangle()
print(type(t).__name__, t.sides, Shape.count)
s = Square.triangle()
print(type(s).__name__, s.sides, Square.count, Shape.count)
print(Shape.describe(), t.describe(), Square.describe(), s.describe("."))
print(Shape.area_of_square(4), t.area_of_square(5), Square.no_args(), s.no_args())
print(t.uses_static(), Square(4).uses_static())
f = Shape.triangle
print(f().sides, Shape.count)
g = Shape.area_of_square
print(g(6))
print(type(Shape.__dict__["triangle"]).__name__, type(Shape.__dict__["no_args"]).__name__)
print(Shape.triangle.__self__ is Shape, t.describe.__self__ is Shape)
print(Shape.__dict__["no_args"].__func__(), Shape.__dict__["triangle"].__func__(Square).sides)
try:
    Shape.area_of_square()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Shape.describe(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
