"""Invoice rendering with str.format, % formatting and format specs."""
from dataclasses import dataclass, astuple
from enum import IntEnum


class Tax(IntEnum):
    ZERO = 0
    REDUCED = 7
    STANDARD = 19


@dataclass
class Row:
    sku: str
    desc: str
    qty: float
    price: float
    tax: Tax = Tax.STANDARD

    @property
    def net(self) -> float:
        return self.qty * self.price

    @property
    def gross(self) -> float:
        return self.net * (1 + self.tax / 100)


ROWS = [
    Row("A-1", "Consulting (hours)", 12.5, 95.0),
    Row("B-22", "Books", 3, 24.9, Tax.REDUCED),
    Row("C-333", "Very long description that will be truncated", 1, 1234.5),
    Row("D-4", "Postage", 1, 4.8, Tax.ZERO),
    Row("E-55", "Discount", 1, -50.0),
]

COLS = [("SKU", 6, "<"), ("Description", 22, "<"), ("Qty", 6, ">"), ("Price", 10, ">"),
        ("Tax", 4, ">"), ("Gross", 11, ">")]


def rule(ch: str = "-") -> str:
    return "+" + "+".join(ch * (w + 2) for _, w, _ in COLS) + "+"


def render(cells: list[str]) -> str:
    parts = []
    for (name, w, align), cell in zip(COLS, cells):
        if len(cell) > w:
            cell = cell[: w - 1] + "~"
        parts.append(" {:{a}{w}} ".format(cell, a=align, w=w))
    return "|" + "|".join(parts) + "|"


print(rule("="))
print(render([c[0] for c in COLS]))
print(rule("="))
for r in ROWS:
    qty = f"{r.qty:g}"
    print(render([r.sku, r.desc, qty, f"{r.price:,.2f}", f"{r.tax:d}%", f"{r.gross:,.2f}"]))
print(rule())
net = sum(r.net for r in ROWS)
gross = sum(r.gross for r in ROWS)
by_tax: dict[Tax, float] = {}
for r in ROWS:
    by_tax[r.tax] = by_tax.get(r.tax, 0.0) + r.gross - r.net
for t in sorted(by_tax):
    print("  VAT %-9s %3d%% %12.2f" % (t.name.lower(), t, by_tax[t]))
print("  %-18s %12s" % ("Net", format(net, ",.2f")))
print("  %-18s %12s" % ("Gross", format(gross, ",.2f")))
print("  %(label)-18s %(value)+12.3e" % {"label": "Gross (sci)", "value": gross})
print(f"  {'Hex total':<18} {int(gross):>#12x}")
print(f"  {'Percent net':<18} {net / gross:>12.3%}")
print(f"  {'Padded':<18} {int(net):>012,}")
print(f"  {'Sign':<18} {-net:=+14,.1f}")
print(astuple(ROWS[1]))
print(f"{Tax.REDUCED!r} {Tax.REDUCED} {Tax.REDUCED:>5} {Tax.REDUCED + 1}")
print("%5.1f|%-6d|%06.2f|%x|%o|%c|%r" % (3.14159, 42, 2.5, 255, 8, 65, "q"))
print("{:,}".format(12345678.9), "{:_}".format(10**9), "{:.3g}".format(0.000123456))
print("{!r:>10}|{!s:<6}|".format("ab", 3.0))
print("%s has %d rows and %.1f%% tax" % ("invoice", len(ROWS), by_tax[Tax.STANDARD] / net * 100))
print("%d items" % "three")
