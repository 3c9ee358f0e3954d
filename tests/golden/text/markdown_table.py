"""Parse a pipe-delimited markdown table, normalise it, and re-render with alignment."""

SOURCE = """\
| Name | Language |Stars| Updated |
|:-----|:--------:|----:|---------|
|  aiohttp | Python |14500|2024-01-10|
| tokio|Rust | 24000 | 2024-02-01 |
|  Express.js |JavaScript| 63000|2023-12-24|
|  fmt | C++ | 19000 |2024-01-30 |
| Ktor | Kotlin |12000| 2023-11-02|
"""


def parse_row(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [cell.strip() for cell in line.split("|")]


def alignment(spec: str) -> str:
    spec = spec.strip()
    left, right = spec.startswith(":"), spec.endswith(":")
    if left and right:
        return "^"
    return ">" if right else "<"


lines = SOURCE.splitlines()
header = parse_row(lines[0])
aligns = [alignment(s) for s in parse_row(lines[1])]
body = [parse_row(l) for l in lines[2:] if l.strip()]

widths = [max(len(h), *(len(r[i]) for r in body)) for i, h in enumerate(header)]


def render(cells: list[str]) -> str:
    return "| " + " | ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, aligns, widths)) + " |"


def rule() -> str:
    parts = []
    for a, w in zip(aligns, widths):
        dash = "-" * w
        parts.append({"<": ":" + dash[1:], ">": dash[1:] + ":", "^": ":" + dash[2:] + ":"}[a])
    return "| " + " | ".join(parts) + " |"


print(render(header))
print(rule())
for row in sorted(body, key=lambda r: int(r[2]), reverse=True):
    print(render(row))

print()
stars = {r[0]: int(r[2]) for r in body}
print("total stars:", f"{sum(stars.values()):_}")
print("most recent:", max(body, key=lambda r: r[3])[0])
langs = sorted({r[1].casefold() for r in body})
print("languages:", ", ".join(langs))
print("slugs:", [r[0].lower().replace(".", "-").removesuffix("-js") for r in body])
print("initials:", "".join(r[0][0] for r in body).swapcase())
for r in body:
    y, m, d = map(int, r[3].split("-"))
    name = r[0]
    print(f"{name.rjust(12, '~')} {name.center(14, '*')} {name.zfill(11)} {y:04d}/{m:02}/{d:>02} "
          f"{name.isalpha()!s:>5} {name.istitle()!r:>6} {name.find('o'):>3} {name.count('t')}")
print(" ".join(w.capitalize() for w in "the QUICK brown fOX".split()), "|", "the QUICK brown fOX".title())
print("tab\tseparated\tvalues".expandtabs(12) + "|")
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "  x  y  ".split(), "k=v=w".partition("="),
      "k=v=w".rpartition("="))
print("Hello World".translate(str.maketrans("lo", "01", "H")), "  strip me  ".strip(), "xxhixx".strip("x"))
print(repr("line1\nline2\r\nline3".splitlines(keepends=True)), "ab".join("1234"), "-".join([]))
print("ﬁnal straße".upper(), "ǅungla".lower(), "ΣΊΣΥΦΟΣ".lower(), "ß".casefold() == "ss")
