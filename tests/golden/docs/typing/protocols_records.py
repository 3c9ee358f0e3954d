# Library Reference: typing -- Protocol, runtime_checkable, NamedTuple, TypedDict
from typing import NamedTuple, Protocol, TypedDict, runtime_checkable, Required, NotRequired


# Protocol
class Proto(Protocol):
    def meth(self) -> int:
        ...


class C:
    def meth(self) -> int:
        return 0


def func(x: Proto) -> int:
    return x.meth()


print(func(C()))   # Passes static type check
try:
    Proto()
except TypeError as e:
    print('TypeError:', e)


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


class Resource:
    def close(self):
        return 'closed'


print(isinstance(Resource(), Closable), isinstance(3, Closable), isinstance(C(), Closable))
try:
    isinstance(C(), Proto)
except TypeError as e:
    print('TypeError:', e)


@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Explicit(SupportsArea):
    def area(self):
        return 1.5


print(isinstance(Square(3), SupportsArea), Explicit().area(), isinstance(Explicit(), SupportsArea))
print(sum(s.area() for s in [Square(2), Explicit()] if isinstance(s, SupportsArea)))


# NamedTuple
class Employee(NamedTuple):
    name: str
    id: int = 3


employee = Employee('Guido')
assert employee.id == 3
print(employee, employee._fields, employee._field_defaults, Employee.__annotations__)


class Employee2(NamedTuple):
    """Represents an employee."""
    name: str
    id: int = 3

    def __repr__(self) -> str:
        return f'<Employee {self.name}, id={self.id}>'


print(Employee2('Guido'), Employee2.__doc__, Employee2('x', 5)[1])
Employee3 = NamedTuple('Employee3', [('name', str), ('id', int)])
e3 = Employee3('Ann', 7)
print(e3, e3._asdict(), e3._replace(id=8), Employee3._make(['Bob', 9]), isinstance(e3, tuple))
name, ident = e3
print(name, ident, e3 == ('Ann', 7), e3 + (1,), len(e3))
try:
    e3.name = 'x'
except AttributeError as e:
    print('AttributeError:', e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)


# TypedDict
class Point2D(TypedDict):
    x: int
    y: int
    label: str


a: Point2D = {'x': 1, 'y': 2, 'label': 'good'}  # OK
b = Point2D(x=1, y=2, label='first')
print(a, b, type(b).__name__, a == b)
Point2D_alt = TypedDict('Point2D_alt', {'x': int, 'y': int, 'label': str})
print(Point2D_alt(x=1, y=2, label='f'), Point2D_alt.__name__)


class Point2DOpt(TypedDict, total=False):
    x: int
    y: int


print(Point2DOpt(), Point2DOpt(x=1), Point2DOpt.__total__, Point2D.__total__)


class Point3D(Point2D):
    z: int


print(sorted(Point3D.__required_keys__), sorted(Point3D.__optional_keys__), list(Point3D.__annotations__))


class Movie(TypedDict):
    title: Required[str]
    year: NotRequired[int]


class Movie2(TypedDict, total=False):
    title: Required[str]
    year: int


print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__))
m: Movie = {'title': 'Blade Runner'}
m['year'] = 1982
print(m, Movie(title='x', year=1), isinstance(m, dict))
try:
    isinstance(m, Movie)
except TypeError as e:
    print('TypeError:', e)
