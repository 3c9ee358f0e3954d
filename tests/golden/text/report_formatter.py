"""Quarterly sales report: alignment, number formats, and str.format fields."""
from typing import Sequence

regions = {
    "north": [10234.5, 11876.25, 9870.0, 15022.75],
    "south": [8750.0, 7321.1, 9999.99, 12000.0],
    "east": [0.0, 450.5, 1200.0, 2875.35],
    "west": [22000.0, 19850.75, 21030.3, 24999.999],
}


def pct_change(old: float, new: float) -> str:
    if old == 0:
        return "n/a"
    return f"{(new - old) / old:+.1%}"


def bar(value: float, scale: float, width: int = 20) -> str:
    filled = int(round(value / scale * width))
    return ("#" * filled).ljust(width, ".")


header = "{:<8}|{:>12}|{:>12}|{:>12}|{:>12}|{:>14}".format("Region", "Q1", "Q2", "Q3", "Q4", "Total")
print(header)
print("=" * len(header))
grand = [0.0] * 4
for name, quarters in sorted(regions.items(), key=lambda kv: -sum(kv[1])):
    cells = "|".join(f"{q:>12,.2f}" for q in quarters)
    print(f"{name.capitalize():<8}|{cells}|{sum(quarters):>14,.2f}")
    grand = [g + q for g, q in zip(grand, quarters, strict=True)]
print("-" * len(header))
print("{0:<8}|{1}|{2:>14,.2f}".format("All", "|".join(format(g, ">12,.2f") for g in grand), sum(grand)))
print()

print("Quarter-over-quarter")
for name, q in regions.items():
    changes = [pct_change(a, b) for a, b in zip(q, q[1:])]
    print(f"  {name:>6}: " + "  ".join(f"{c:>7}" for c in changes))
print()

top = max(max(q) for q in regions.values())
for name, q in regions.items():
    print(f"{name:<6}{bar(q[-1], top)} {q[-1]:>10.1f}")
print()

share_total = sum(grand)
for name, q in regions.items():
    s = sum(q) / share_total
    print("{name:^9}|{share:7.2%}|{sci:>12.3e}|{g:>10g}|{hexcents:>#10x}|{octal:o}".format(
        name=name.upper(), share=s, sci=sum(q), g=sum(q) / 7, hexcents=int(sum(q) * 100) % 65536,
        octal=int(sum(q)) % 512))

rows: Sequence[tuple[str, int]] = [("widgets", 1234567), ("gadgets", -42), ("gizmos", 0), ("doohickeys", 7)]
width = max(len(r[0]) for r in rows)
for label, n in rows:
    print(f"{label:.<{width + 3}}{n:>+12_}|{n:=+10}|{n:^10}|{n:08b}"[:70])
print("%-10s|%8.3f|%5d%%|%x|%r" % ("percent", 3.14159, 97, 255, "q"))
print("{:*^30}".format(" END OF REPORT "))
print(f"{'nested':{'>'}{12}}|{3.5:{'.'}{3}}|{1e-7:g}|{123456789.0:g}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}")
print(format(1234.5678, ","), format(-0.0, "+.2f"), format(float("nan"), ">6"), f"{float('inf'):.3f}")
