# cached_property keeps its value in the instance's __dict__, written directly (a frozen dataclass
# or a __setattr__ is not involved), and refuses a slotted class or a missing __set_name__.
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Circle:
    r: float

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2.0)
print(c.area, c.area, c.__dict__)


class Guarded:
    def __setattr__(self, name, value):
        raise AttributeError(f"read-only: {name}")

    @cached_property
    def total(self):
        return 42


g = Guarded()
print(g.total, vars(g))


class S:
    __slots__ = ('a',)

    @cached_property
    def p(self):
        return 1


try:
    S().p
except TypeError as e:
    print('TypeError:', e)


def late(self):
    return 1


class Late:
    pass


Late.x = cached_property(late)
try:
    Late().x
except TypeError as e:
    print('TypeError:', e)
print(Circle.area.attrname, type(Circle.__dict__['area']).__name__)
