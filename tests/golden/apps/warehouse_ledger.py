"""Warehouse stock ledger: receipts, shipments and a valuation report."""
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Optional


class Movement(Enum):
    RECEIPT = auto()
    SHIPMENT = auto()
    ADJUSTMENT = auto()

    def sign(self) -> int:
        return -1 if self is Movement.SHIPMENT else 1


@dataclass(frozen=True)
class Sku:
    code: str
    description: str
    unit_cost: float


@dataclass
class Entry:
    sku: Sku
    kind: Movement
    qty: int
    note: Optional[str] = None


@dataclass
class Ledger:
    entries: list[Entry] = field(default_factory=list)

    def post(self, sku: Sku, kind: Movement, qty: int, note: Optional[str] = None) -> None:
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        if kind is Movement.SHIPMENT and self.on_hand(sku) < qty:
            raise RuntimeError(f"insufficient stock for {sku.code}: have {self.on_hand(sku)}, need {qty}")
        self.entries.append(Entry(sku, kind, qty, note))

    def on_hand(self, sku: Sku) -> int:
        return sum(e.kind.sign() * e.qty for e in self.entries if e.sku == sku)

    def skus(self) -> list[Sku]:
        seen: dict[str, Sku] = {}
        for e in self.entries:
            seen.setdefault(e.sku.code, e.sku)
        return sorted(seen.values(), key=lambda s: s.code)

    def valuation(self) -> float:
        return sum(self.on_hand(s) * s.unit_cost for s in self.skus())


bolts = Sku("B-100", "Hex bolt M8", 0.12)
nuts = Sku("N-200", "Hex nut M8", 0.05)
washers = Sku("W-300", "Flat washer", 0.025)
brackets = Sku("K-010", "Steel bracket", 3.75)

ledger = Ledger()
ledger.post(bolts, Movement.RECEIPT, 1200, "PO 4411")
ledger.post(nuts, Movement.RECEIPT, 1500, "PO 4411")
ledger.post(washers, Movement.RECEIPT, 4000)
ledger.post(brackets, Movement.RECEIPT, 40, "PO 4412")
ledger.post(bolts, Movement.SHIPMENT, 350, "SO 901")
ledger.post(nuts, Movement.SHIPMENT, 350, "SO 901")
ledger.post(brackets, Movement.SHIPMENT, 12, "SO 902")
ledger.post(washers, Movement.ADJUSTMENT, 25, "cycle count")

for bad in [(bolts, Movement.SHIPMENT, 0), (brackets, Movement.SHIPMENT, 100)]:
    try:
        ledger.post(*bad)
    except (ValueError, RuntimeError) as exc:
        print(f"rejected: {type(exc).__name__}: {exc}")

print(f"{'SKU':<6} {'Description':<16} {'Qty':>6} {'Unit':>8} {'Value':>10}")
print("-" * 50)
for s in ledger.skus():
    qty = ledger.on_hand(s)
    print(f"{s.code:<6} {s.description:<16} {qty:>6,d} {s.unit_cost:>8.3f} {qty * s.unit_cost:>10,.2f}")
print("-" * 50)
print(f"{'Total':<30}{ledger.valuation():>20,.2f}")

by_kind: dict[Movement, int] = {}
for e in ledger.entries:
    by_kind[e.kind] = by_kind.get(e.kind, 0) + 1
for kind, count in by_kind.items():
    print(f"{kind.name.title():>12}: {count} entr{'y' if count == 1 else 'ies'} ({kind!r})")

notes = [e.note for e in ledger.entries if e.note]
print("notes:", ", ".join(sorted(set(notes))))
print(ledger.entries[-1])
print(bolts == Sku("B-100", "Hex bolt M8", 0.12), hash(bolts) == hash(Sku("B-100", "Hex bolt M8", 0.12)))
try:
    bolts.unit_cost = 0.2
except Exception as exc:
    print(type(exc).__name__, exc)
