from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import ClassVar, Optional


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


@dataclass
class Inventory:
    owner: str
    items: list[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: str = field(default="x", repr=False, compare=False)

    def __post_init__(self):
        Inventory.count += 1


@dataclass
class Child(Point):
    z: int = 5
    tag: Optional[str] = None


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1


p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2), p != Point(1, 0))
print(Version(1, 2) < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print("frozen:", e)
inv = Inventory("ann")
inv.items.append("lamp")
print(inv, Inventory("bob"), Inventory.count, inv == Inventory("ann", ["lamp"], "other"))
print(Child(1, 2, 3), Child(1), asdict(Child(1, tag="t")), astuple(Point(3, 4)))
print(WithInit(3), WithInit(3, 10))
print(Options(level=3), Mixed(1, b=2), Mixed(5))
print([f.name for f in fields(Child)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(replace(p, y=9), Point.__match_args__, Child.__match_args__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Options(1)
except TypeError as e:
    print(e)
try:
    hash(Point(1))
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print(e)
match Point(0, 4):
    case Point(0, y):
        print("on axis", y)
