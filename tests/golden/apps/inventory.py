"""Warehouse inventory with reservations; ends with an uncaught custom exception."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Iterator


class Category(Enum):
    TOOLS = auto()
    PAINT = auto()
    GARDEN = auto()


class OutOfStock(Exception):
    def __init__(self, sku: str, wanted: int, available: int) -> None:
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.sku = sku
        self.wanted = wanted
        self.available = available


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    category: Category = field(compare=False)
    price_cents: int = field(compare=False)
    qty: int = field(default=0, compare=False)
    reserved: int = field(default=0, compare=False, repr=False)

    @property
    def available(self) -> int:
        return self.qty - self.reserved

    @property
    def value(self) -> int:
        return self.qty * self.price_cents


class Inventory:
    def __init__(self) -> None:
        self._items: dict[str, Item] = {}
        self.log: list[str] = []

    def add(self, item: Item) -> None:
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        self.log.append(f"add {item.sku} x{item.qty}")

    def reserve(self, sku: str, n: int) -> None:
        item = self._items[sku]
        if n > item.available:
            raise OutOfStock(sku, n, item.available)
        item.reserved += n
        self.log.append(f"reserve {sku} x{n}")

    def __iter__(self) -> Iterator[Item]:
        return iter(sorted(self._items.values()))

    def __len__(self) -> int:
        return len(self._items)

    def by_category(self) -> dict[Category, list[Item]]:
        out: dict[Category, list[Item]] = {}
        for it in self:
            out.setdefault(it.category, []).append(it)
        return out


def money(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


inv = Inventory()
inv.add(Item("T-100", "Hammer", Category.TOOLS, 1599, 12))
inv.add(Item("P-220", "White paint 5L", Category.PAINT, 4250, 4))
inv.add(Item("G-007", "Rake", Category.GARDEN, 2399, 7))
inv.add(Item("T-050", "Screwdriver set", Category.TOOLS, 2999, 3))
inv.add(Item("T-100", "Hammer", Category.TOOLS, 1599, 3))

print(f"{'SKU':<6} {'Name':<16} {'Qty':>4} {'Value':>12}")
for it in inv:
    print(f"{it.sku:<6} {it.name:<16} {it.qty:>4} {money(it.value):>12}")
total = sum(it.value for it in inv)
print(f"{'':<6} {'TOTAL':<16} {sum(i.qty for i in inv):>4} {money(total):>12}")

for cat, items in inv.by_category().items():
    names = ", ".join(i.name for i in items)
    print(f"{cat.name.title():>7}: {names}")

orders = [("T-100", 10), ("G-007", 2), ("T-100", 4), ("P-220", 4), ("T-050", 5)]
failed: list[OutOfStock] = []
for sku, n in orders:
    try:
        inv.reserve(sku, n)
    except OutOfStock as e:
        failed.append(e)
        print("!!", e)

print(len(inv), "skus;", len(failed), "failed reservations")
print(max(inv, key=lambda i: i.available))
print(min(failed, key=lambda e: e.available).sku)
print(inv.log[-3:])
# A final bulk order that nobody catches
inv.reserve("P-220", 1)
