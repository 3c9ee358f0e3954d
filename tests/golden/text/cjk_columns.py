"""Align mixed-width text (CJK, emoji, accents) in columns by computing display width by hand."""

ITEMS = [
    ("寿司", "sushi", 1200),
    ("ラーメン", "ramen", 950),
    ("café crème", "coffee", 480),
    ("🍕 pizza", "pizza", 1100),
    ("Smørrebrød", "open sandwich", 780),
    ("김치찌개", "kimchi stew", 890),
]


def is_wide(ch):
    cp = ord(ch)
    return (0x1100 <= cp <= 0x115F or 0x2E80 <= cp <= 0xA4CF or 0xAC00 <= cp <= 0xD7A3
            or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFF60 or 0x1F300 <= cp <= 0x1FAFF)


def width(text):
    return sum(2 if is_wide(ch) else 1 for ch in text)


def pad(text, cols, align="<"):
    gap = max(cols - width(text), 0)
    if align == "<":
        return text + " " * gap
    if align == ">":
        return " " * gap + text
    left = gap // 2
    return " " * left + text + " " * (gap - left)


def truncate(text, cols):
    out, used = "", 0
    for ch in text:
        w = 2 if is_wide(ch) else 1
        if used + w > cols - 1:
            return out + "…"
        out += ch
        used += w
    return out


def render(rows):
    w0 = max(width(r[0]) for r in rows)
    w1 = max(width(r[1]) for r in rows)
    out = [pad("料理", w0, "^") + " | " + pad("english", w1, "^") + " | " + "price"]
    out.append("-" * (w0 + w1 + 12))
    for name, en, price in rows:
        out.append(f"{pad(name, w0)} | {pad(en, w1)} | {price:>5,}")
    return out


def main():
    for line in render(ITEMS):
        print(line)
    print()
    for name, _, _ in ITEMS:
        print(f"{name!r:16} len={len(name):2} width={width(name):2} upper={name.upper()!r}")
    print("naive ljust:", "|" + "寿司".ljust(8) + "|", "|" + "sushi".ljust(8) + "|")
    print("sorted by width:", [n for n, _, _ in sorted(ITEMS, key=lambda r: (width(r[0]), r[0]))])
    print("truncated:", [truncate(n, 6) for n, _, _ in ITEMS])
    total = sum(p for _, _, p in ITEMS)
    print(f"total: ¥{total:,}")
    menu = {name: price for name, _, price in ITEMS}
    print("注文:", "寿司", menu["寿司"], "ラーメン", menu["ラーメン"], "天ぷら", menu["天ぷら"])


main()
