from typing import NamedTuple, TypedDict, Optional
from dataclasses import dataclass, field, asdict, astuple, replace, fields


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class ItemDict(TypedDict, total=False):
    name: str
    qty: int


@dataclass(order=True)
class Item:
    sort_index: int = field(init=False, repr=False)
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
    loc: Optional[Point] = None

    def __post_init__(self):
        self.sort_index = -self.qty


p = Point(3, 4)
print(p, p.dist(), p._asdict(), p._replace(y=1))
print(Point._fields, Point._field_defaults)
print(Point._make([1, 2]), p[0], p[-1], len(p))
x, y = p
print(x + y, p == (3, 4), hash(p) == hash((3, 4)))

d: ItemDict = {"name": "bolt", "qty": 7}
print(d, type(d).__name__, ItemDict.__required_keys__ == frozenset(), sorted(ItemDict.__optional_keys__))

items = [Item("bolt", 7, ["m3"]), Item("nut", 12), Item("washer", 3, loc=Point(1, 1))]
for it in sorted(items):
    print(it)
print(asdict(items[2]))
print(astuple(items[0]))
print([f.name for f in fields(Item)])
r = replace(items[1], qty=1)
print(r, r.sort_index, r == items[1])
print(items[0] < items[1], max(items).name)
try:
    replace(items[0], sort_index=3)
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
