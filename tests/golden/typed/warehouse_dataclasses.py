"""Warehouse records using most dataclass features: field, InitVar, __post_init__, frozen, order, slots, kw_only."""
from dataclasses import dataclass, field, InitVar, KW_ONLY, asdict, astuple, replace, fields, FrozenInstanceError
from typing import ClassVar, Optional


@dataclass(frozen=True, order=True)
class SKU:
    family: str
    number: int

    def __post_init__(self):
        if not self.family.isupper():
            raise ValueError(f"family must be upper-case: {self.family!r}")
        if not 0 < self.number < 10000:
            raise ValueError(f"number out of range: {self.number}")

    def __str__(self):
        return f"{self.family}-{self.number:04d}"


@dataclass(slots=True)
class Bin:
    aisle: str
    shelf: int
    capacity: int = 100


@dataclass
class StockItem:
    sku: SKU
    name: str
    qty: int = 0
    unit_cost: float = 0.0
    _: KW_ONLY
    bin: Optional[Bin] = None
    tags: list[str] = field(default_factory=list)
    discount: InitVar[float] = 0.0
    value: float = field(init=False, repr=False)
    created: int = field(default=0, compare=False)
    registry: ClassVar[dict] = {}

    def __post_init__(self, discount):
        if discount:
            self.unit_cost = round(self.unit_cost * (1 - discount), 2)
        self.value = round(self.qty * self.unit_cost, 2)
        StockItem.registry[str(self.sku)] = self


@dataclass(kw_only=True)
class Shipment:
    ref: str
    lines: list[tuple[SKU, int]] = field(default_factory=list)
    express: bool = False

    def total_units(self):
        return sum(n for _, n in self.lines)


@dataclass(order=True, frozen=True)
class Priority:
    level: int
    name: str = field(compare=False)


a = SKU("BOLT", 12)
b = SKU("NUT", 7)
print(a, repr(b), a < b, sorted([b, a, SKU("BOLT", 3)]), hash(a) == hash(SKU("BOLT", 12)))
try:
    a.number = 13
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
for args in [("bolt", 1), ("BOLT", 0)]:
    try:
        SKU(*args)
    except ValueError as e:
        print("ValueError:", e)

bin1 = Bin("A", 3)
print(bin1, Bin.__slots__, hasattr(bin1, "__dict__"))
try:
    bin1.color = "red"
except AttributeError as e:
    print("AttributeError:", e)

s1 = StockItem(a, "hex bolt", 250, 0.12, bin=bin1, tags=["metric"])
s2 = StockItem(b, "nut", 1000, 0.05, discount=0.2)
s3 = StockItem(SKU("WASH", 1), "washer")
print(s1)
print(s2, s2.value, s3.value)
print(s1 == StockItem(a, "hex bolt", 250, 0.12, bin=Bin("A", 3), tags=["metric"], created=99))
print(sorted(StockItem.registry), [f.name for f in fields(StockItem)])
print(asdict(s1))
print(astuple(s2))
s4 = replace(s2, qty=10, discount=0.5)
print(s4, s4.value, s4 is not s2)
try:
    StockItem(a, "x", 1, 1.0, Bin("B", 1))
except TypeError as e:
    print("TypeError:", e)
try:
    replace(s1, value=3)
except ValueError as e:
    print("ValueError:", e)

ship = Shipment(ref="S-1", lines=[(a, 20), (b, 40)], express=True)
print(ship, ship.total_units())
try:
    Shipment("S-2")
except TypeError as e:
    print("TypeError:", e)
print(Shipment(ref="S-3") == Shipment(ref="S-3"), Shipment(ref="S-3").lines is not Shipment(ref="S-3").lines)
jobs = [Priority(2, "restock"), Priority(1, "audit"), Priority(2, "count"), Priority(0, "fire")]
print(sorted(jobs), max(jobs).name, Priority(1, "a") == Priority(1, "b"), len(set(jobs)))
print(StockItem.__match_args__, Shipment.__match_args__, SKU.__match_args__)
match s1:
    case StockItem(SKU("BOLT", n), name, qty) if qty > 100:
        print(f"plenty of bolt #{n} ({name}): {qty}")
    case _:
        print("other")


@dataclass
class Broken:
    items: list = []
