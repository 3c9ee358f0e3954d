# Classes defined in a module used from main: type(), __module__, __qualname__, isinstance,
# a subclass in main of a module's class, a module's dataclass repr and Enum repr.
import shapes
from shapes import Shape, Square, Color, Tag


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


sq = Square(3)
c = Circle(2)
print(type(sq), Square, Square.__module__, Square.__qualname__, Square.__name__)
print(type(c), Circle.__module__, Circle.__qualname__)
print(shapes.Shape.Inner, shapes.Shape.Inner.__qualname__)
print(isinstance(sq, shapes.Shape), isinstance(c, Shape), isinstance(c, Square))
print(issubclass(Circle, shapes.Shape), Circle.__mro__)
print(sq.describe(), c.describe())
print(shapes.total_area([sq, c]))
t = Tag("red", Color.RED)
print(t, repr(Color.GREEN), Color.RED, Color(2), shapes.make_tag("x"))
print(t == Tag("red", Color.RED), type(t).__module__, Color.__module__)
print(type(shapes.make_tag("y")) is Tag, list(Color))
