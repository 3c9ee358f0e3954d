"""Fixed-width report tables with the format mini-language, hand-written word wrapping and justification."""

SALES = [
    ("North-East", 12034.5, 0.124, 37),
    ("South", 987.125, -0.031, 4),
    ("West Coast & Islands", 45012.0, 0.5, 120),
    ("Central", 0.0, 0.0, 0),
    ("Überseegebiete", 3141.59, 0.0725, 9),
]


def wrap(text, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        while len(w) > width:
            if cur:
                lines.append(cur)
                cur = ""
            lines.append(w[: width - 1] + "-")
            w = w[width - 1:]
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def justify(line, width):
    words = line.split(" ")
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


def table(rows, name_width=16):
    header = f"{'Region':<{name_width}} {'Revenue':>12} {'Growth':>8} {'Units':>6}"
    rule = "=" * len(header)
    lines = [rule, header, rule.replace("=", "-")]
    for name, revenue, growth, units in rows:
        shown = name if len(name) <= name_width else name[: name_width - 1] + "…"
        lines.append(f"{shown:<{name_width}} {revenue:>12,.2f} {growth:>+8.1%} {units:>6d}")
    total = sum(r[1] for r in rows)
    lines.append(rule.replace("=", "-"))
    lines.append(f"{'TOTAL':<{name_width}} {total:>12,.2f} {'':>8} {sum(r[3] for r in rows):>6}")
    return lines


TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "Supercalifragilisticexpialidocious words get hyphenated when they overflow the column.")


def main():
    for line in table(SALES):
        print(line)
    print()
    for line in table(sorted(SALES, key=lambda r: -r[1])[:3], name_width=10):
        print(line)
    print()
    for width in (28, 40):
        lines = wrap(TEXT, width)
        print(f"+{'-' * width}+")
        for i, line in enumerate(lines):
            body = justify(line, width) if i < len(lines) - 1 else line.ljust(width)
            print(f"|{body}|")
        print(f"+{'-' * width}+")
    print()
    cols = ["id", "name", "score"]
    data = [(1, "Ann", 93.5), (22, "Bartholomew", 78.25), (333, "Cy", 100)]
    widths = [max(len(str(x)) for x in col) for col in zip(cols, *data)]
    print(" | ".join(c.upper().center(w) for c, w in zip(cols, widths)))
    print("-+-".join("-" * w for w in widths))
    for row in data:
        print(" | ".join(f"{v:>{w}}" if isinstance(v, (int, float)) else f"{v:<{w}}" for v, w in zip(row, widths)))
    print()
    print("{:=^40}".format(" SUMMARY "))
    print("{0:<20}{1:>20}".format("best region:", max(SALES, key=lambda r: r[1])[0]))
    print("{0:<20}{1:>20.3%}".format("avg growth:", sum(r[2] for r in SALES) / len(SALES)))
    print("{:<20}{:>20,}".format("units:", sum(r[3] for r in SALES) * 1000))
    print("{!r:<20}{!s:>20}".format("repr", 3.0))
    print("{:20}|{:<20}".format(len(TEXT), "end"))
    print(justify("a b", 2))
    print("{:>{}}".format("x"))


main()
