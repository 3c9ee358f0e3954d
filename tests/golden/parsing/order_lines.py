"""Parse pipe-separated order lines into validated records; a bad line crashes the summary."""
from dataclasses import dataclass
from enum import Enum

ORDERS = """\
1001 | widget  | 4 | 2.50 | EU
1002 | gadget  | 1 | 19.99 | US
1003 | doohick | 12 | 0.75 | EU
1004 | sprock  | 3 | 5.00 | APAC
"""


class Region(Enum):
    EU = "Europe"
    US = "United States"
    APAC = "Asia-Pacific"


@dataclass
class OrderLine:
    oid: int
    item: str
    qty: int
    price: float
    region: Region

    def __post_init__(self) -> None:
        assert self.qty > 0, f"order {self.oid}: quantity must be positive"
        assert len(self.item) <= 8, f"order {self.oid}: item name too long"

    @classmethod
    def parse(cls, line: str) -> "OrderLine":
        oid, item, qty, price, region = (p.strip() for p in line.split("|"))
        return cls(int(oid), item, int(qty), float(price), Region[region])

    @property
    def total(self) -> float:
        return self.qty * self.price


lines = [OrderLine.parse(l) for l in ORDERS.splitlines()]
for ol in lines:
    print(f"#{ol.oid} {ol.item:<8} {ol.qty:>3} x {ol.price:>6.2f} = {ol.total:>7.2f}  {ol.region.value}")
per_region: dict[Region, float] = {}
for ol in lines:
    per_region[ol.region] = per_region.get(ol.region, 0) + ol.total
print({r.name: round(v, 2) for r, v in per_region.items()})
print("grand total:", round(sum(ol.total for ol in lines), 2))
for bad in ("1005 | thing | 0 | 1.00 | US", "1006 | x | 1 | 1 | MARS", "1007 | y | 2"):
    try:
        OrderLine.parse(bad)
    except AssertionError as e:
        print("invalid:", e)
    except KeyError as e:
        print("unknown region:", e)
    except ValueError as e:
        print("malformed:", e)
quantities = "4, 1, 12, three, 3".split(", ")
total_qty = sum(int(q) for q in quantities)
