"""Order processing with StrEnum, frozen/ordered dataclasses and match over mappings and sequences."""
import sys
from dataclasses import dataclass, field, FrozenInstanceError
from enum import StrEnum, auto, unique
from typing import Any


@unique
class Channel(StrEnum):
    WEB = auto()
    STORE = auto()
    PHONE = auto()


@dataclass(frozen=True, order=True)
class Sku:
    family: str
    number: int

    @classmethod
    def parse(cls, text: str) -> "Sku":
        family, _, number = text.partition("-")
        return cls(family.upper(), int(number))

    def __str__(self) -> str:
        return f"{self.family}-{self.number:04d}"


@dataclass(order=True)
class Line:
    sku: Sku
    qty: int = 1
    price: float = field(default=0.0, compare=False)


@dataclass
class Order:
    channel: Channel
    lines: list[Line] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return round(sum(l.qty * l.price for l in self.lines), 2)


def handle(message: dict[str, Any], orders: list[Order]) -> str:
    match message:
        case {"type": "create", "channel": str(ch), **rest}:
            orders.append(Order(Channel(ch), notes=rest))
            return f"created order #{len(orders)} via {Channel(ch)!r}"
        case {"type": "add", "order": int(n), "items": [*items]} if 0 < n <= len(orders):
            for item in items:
                match item:
                    case [str(code), int(qty), float(price)]:
                        orders[n - 1].lines.append(Line(Sku.parse(code), qty, price))
                    case [str(code), int(qty)]:
                        orders[n - 1].lines.append(Line(Sku.parse(code), qty))
                    case str(code):
                        orders[n - 1].lines.append(Line(Sku.parse(code)))
                    case other:
                        return f"bad item {other!r}"
            return f"order #{n}: {len(orders[n - 1].lines)} lines"
        case {"type": "add", "order": n}:
            return f"no such order {n}"
        case {"type": "summary"}:
            return "; ".join(f"#{i}:{o.channel}:{o.total}" for i, o in enumerate(orders, 1))
        case {"type": t}:
            return f"unknown type {t}"
        case _:
            return "malformed"


MESSAGES = [
    {"type": "create", "channel": "web", "coupon": "SPRING"},
    {"type": "create", "channel": "store"},
    {"type": "add", "order": 1, "items": [["ab-12", 2, 9.99], "cd-7", ["ab-3", 5]]},
    {"type": "add", "order": 2, "items": [["zz-1", 1, 100.0], ("yy-2", 3, 2.5)]},
    {"type": "add", "order": 7, "items": []},
    {"type": "add", "order": 1, "items": [42]},
    {"type": "refund"},
    {"type": "summary"},
    ["not", "a", "dict"],
]


def main() -> None:
    orders: list[Order] = []
    for msg in MESSAGES:
        print(handle(msg, orders))
    first = orders[0]
    print("notes:", first.notes, "| channel:", first.channel, first.channel == "web", first.channel.upper())
    print("lines sorted:", [str(l.sku) for l in sorted(first.lines)])
    print("sku order:", sorted([Sku("B", 2), Sku("A", 10), Sku("A", 9)]), Sku("A", 1) < Sku("A", 2))
    print("hashable:", len({Sku("A", 1), Sku("A", 1), Sku("B", 1)}), hash(Sku("A", 1)) == hash(Sku("A", 1)))
    print("channels:", list(Channel), [c.value for c in Channel], Channel("phone") is Channel.PHONE, f"{Channel.WEB:>6}|")
    s = Sku("A", 1)
    try:
        s.number = 5
    except FrozenInstanceError as e:
        print("frozen:", e)
    try:
        Channel("fax")
    except ValueError as e:
        print("enum:", e)
    best = max(orders, key=lambda o: o.total)
    print("best order total:", best.total, "channel", best.channel)
    if best.total < 1000:
        print("below target", file=sys.stderr)
        sys.exit(len(orders) + 10)


main()
