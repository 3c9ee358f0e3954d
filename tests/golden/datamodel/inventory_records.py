"""Records sorted with keys, grouped, summarised; __lt__/__eq__/__hash__ on a plain class."""
from functools import cmp_to_key, reduce


class Item:
    def __init__(self, sku, name, price, qty, tags=()):
        self.sku, self.name, self.price, self.qty, self.tags = sku, name, price, qty, tags

    def __repr__(self):
        return f"Item({self.sku!r})"

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)

    @property
    def value(self):
        return self.price * self.qty


STOCK = [
    Item("B-200", "bolt", 0.25, 400, ("metal", "small")),
    Item("N-100", "nut", 0.1, 1000, ("metal", "small")),
    Item("W-300", "washer", 0.05, 0),
    Item("H-900", "hammer", 12.5, 7, ("tool",)),
    Item("S-410", "saw", 22.0, 3, ("tool", "sharp")),
    Item("B-201", "bolt", 0.3, 150, ("metal",)),
    Item("G-1", "glue", 4.75, 12),
]


def by_price_then_name(a, b):
    if a.price != b.price:
        return -1 if a.price < b.price else 1
    return (a.name > b.name) - (a.name < b.name)


def group_by(items, key):
    groups = {}
    for it in items:
        groups.setdefault(key(it), []).append(it)
    return groups


def main():
    print("natural:", sorted(STOCK))
    print("by value desc:", [(i.sku, round(i.value, 2)) for i in sorted(STOCK, key=lambda i: i.value, reverse=True)])
    print("cmp_to_key:", [i.sku for i in sorted(STOCK, key=cmp_to_key(by_price_then_name))])
    print("multi-key:", [i.sku for i in sorted(STOCK, key=lambda i: (-len(i.tags), i.name, -i.price))])
    print("stable:", [i.sku for i in sorted(sorted(STOCK, key=lambda i: i.sku), key=lambda i: i.name)])
    print("max/min:", max(STOCK, key=lambda i: i.value), min(STOCK), max(STOCK, key=lambda i: len(i.tags)))
    print("empty max:", max([], default=None), min((i for i in STOCK if i.qty > 5000), key=len, default="none"))
    total = sum(i.value for i in STOCK)
    print(f"total value: {total:.2f}", round(total, 1), reduce(lambda a, i: a + i.qty, STOCK, 0))
    by_tag = {}
    for it in STOCK:
        for t in it.tags or ("untagged",):
            by_tag.setdefault(t, set()).add(it)
    for tag in sorted(by_tag):
        print(f"  {tag:9} {sorted(by_tag[tag])}")
    groups = group_by(STOCK, key=lambda i: i.sku[0])
    for letter, items in sorted(groups.items()):
        print(f"  {letter}: {len(items)} item(s), qty {sum(i.qty for i in items):>5}")
    dup = Item("B-200", "other bolt", 1.0, 1)
    print("hash/eq:", dup in STOCK, STOCK.index(dup), STOCK.count(dup), len(set(STOCK) | {dup}))
    out = [i for i in STOCK if not i.qty]
    print("out of stock:", out, "in stock:", len(STOCK) - len(out))
    print("dict from:", dict(sorted((i.sku, i.qty) for i in STOCK if i.qty < 20)))
    print("zip sort:", [n for _, n in sorted(zip([i.price for i in STOCK], [i.name for i in STOCK]))])
    ranked = sorted(STOCK, key=lambda i: i.value)
    print("rank:", {i.sku: r for r, i in enumerate(ranked, 1) if r <= 3})
    print(sorted(STOCK, key=lambda i: i.tags[0] if i.tags else None))


main()
