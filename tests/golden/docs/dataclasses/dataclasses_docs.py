# Library Reference: dataclasses -- documented examples
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, KW_ONLY, InitVar, FrozenInstanceError, MISSING
from typing import Any


@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = InventoryItem('widget', 3.0, 10)
print(item, item.total_cost(), item == InventoryItem('widget', 3.0, 10))
print(InventoryItem.__doc__)
print(InventoryItem.__init__.__annotations__ if hasattr(InventoryItem.__init__, '__annotations__') else None)
print([f.name for f in fields(InventoryItem)], [f.default for f in fields(item)][2:])
print(fields(item)[2].default == 0, fields(item)[0].default is MISSING)


@dataclass
class C:
    mylist: list[int] = field(default_factory=list)


c = C()
c.mylist += [1, 2, 3]
print(c, C().mylist, C.__dataclass_fields__['mylist'].default_factory)


# asdict / astuple
@dataclass
class Point:
    x: int
    y: int


@dataclass
class Cl:
    mylist: list[Point]


p = Point(10, 20)
print(asdict(p) == {'x': 10, 'y': 20}, asdict(p), astuple(p))
c = Cl([Point(0, 0), Point(10, 4)])
print(asdict(c) == {'mylist': [{'x': 0, 'y': 0}, {'x': 10, 'y': 4}]}, astuple(c))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), replace(p, y=7), p)
try:
    asdict(Point)
except TypeError as e:
    print('TypeError:', e)


# KW_ONLY
@dataclass
class KPoint:
    x: float
    _: KW_ONLY
    y: float
    z: float


p = KPoint(0, y=1.5, z=2.0)
print(p)
try:
    KPoint(0, 1.5, 2.0)
except TypeError as e:
    print('TypeError:', e)


# __post_init__
@dataclass
class PC:
    a: float
    b: float
    c: float = field(init=False)

    def __post_init__(self):
        self.c = self.a + self.b


print(PC(1, 2))


@dataclass
class Rectangle:
    height: float
    width: float


@dataclass
class Square(Rectangle):
    side: float

    def __post_init__(self):
        super().__init__(self.side, self.side)


print(Square(1, 2, 5))


# InitVar
class FakeDB:
    def lookup(self, key):
        return {'j': 42}.get(key, -1)


@dataclass
class IC:
    i: int
    j: int | None = None
    database: InitVar[FakeDB | None] = None

    def __post_init__(self, database):
        if self.j is None and database is not None:
            self.j = database.lookup('j')


print(IC(10, database=FakeDB()), IC(1), [f.name for f in fields(IC)])


# Frozen instances
@dataclass(frozen=True)
class Frozen:
    x: int


fz = Frozen(1)
try:
    fz.x = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
print(hash(fz) == hash(Frozen(1)), {fz, Frozen(1)} == {Frozen(1)})


# Inheritance
@dataclass
class Base:
    x: Any = 15.0
    y: int = 0


@dataclass
class CB(Base):
    z: int = 10
    x: int = 15


print(CB(), CB(1, 2, 3), [f.name for f in fields(CB)])


# Re-ordering of keyword-only parameters in __init__()
@dataclass
class KBase:
    x: Any = 15.0
    _: KW_ONLY
    y: int = 0
    w: int = 1


@dataclass
class D(KBase):
    z: int = 10
    t: int = field(kw_only=True, default=0)


print(D(), D(1, 2, y=3, w=4, t=5), [f.name for f in fields(D)])


# Default factory functions / mutable default values
@dataclass
class DF:
    x: list = field(default_factory=list)

    def add(self, element):
        self.x.append(element)


o1 = DF()
o2 = DF()
o1.add(1)
o2.add(2)
print(o1.x, o2.x, o1.x is not o2.x)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print('ValueError:', e)


# Descriptor-typed fields
class IntConversionDescriptor:
    def __init__(self, *, default):
        self._default = default

    def __set_name__(self, owner, name):
        self._name = "_" + name

    def __get__(self, obj, type):
        if obj is None:
            return self._default

        return getattr(obj, self._name, self._default)

    def __set__(self, obj, value):
        setattr(obj, self._name, int(value))


@dataclass
class InventoryItem2:
    quantity_on_hand: IntConversionDescriptor = IntConversionDescriptor(default=100)


i = InventoryItem2()
print(i.quantity_on_hand)   # 100
i.quantity_on_hand = 2.5    # calls __set__ with 2.5
print(i.quantity_on_hand)   # 2
print(InventoryItem2(7.9), InventoryItem2(7.9) == InventoryItem2(7))


# order=True, eq, repr=False fields, compare=False
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False, repr=False)


vs = [Version(1, 2, 'b'), Version(1, 0), Version(0, 9, 'a')]
print(sorted(vs), Version(1, 0, 'x') == Version(1, 0, 'y'), Version(1) < Version(1, 1))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError:', e)
print(Version.__match_args__, Version(2).__eq__(5))
