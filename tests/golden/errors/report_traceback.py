"""A sales report whose failures travel through comprehensions, lambdas, properties and dunders."""


class Sale:
    def __init__(self, region, rep, amount, units):
        self.region, self.rep, self.amount, self.units = region, rep, amount, units

    @property
    def unit_price(self):
        return self.amount / self.units

    def __repr__(self):
        return f"Sale({self.region}, {self.rep}, {self.amount})"


class Ledger:
    def __init__(self, sales):
        self.sales = list(sales)

    def __getitem__(self, region):
        rows = [s for s in self.sales if s.region == region]
        if not rows:
            raise KeyError(region)
        return Ledger(rows)

    def __len__(self):
        return len(self.sales)

    def __iter__(self):
        return iter(self.sales)

    @property
    def total(self):
        return sum(s.amount for s in self.sales)

    def by(self, attr):
        groups = {}
        for s in self.sales:
            groups.setdefault(getattr(s, attr), []).append(s)
        return {k: Ledger(v) for k, v in groups.items()}

    def average_price(self):
        prices = [s.unit_price for s in self.sales]
        return sum(prices) / len(prices)


SALES = [
    Sale("north", "ann", 1200.0, 10), Sale("north", "bob", 800.0, 4),
    Sale("south", "cy", 450.0, 9), Sale("south", "ann", 300.0, 3),
    Sale("east", "dee", 990.0, 11), Sale("west", "eve", 0.0, 0),
]
ledger = Ledger(SALES)
print("total:", ledger.total, "count:", len(ledger))
for region, sub in sorted(ledger.by("region").items(), key=lambda kv: -kv[1].total):
    print(f"{region:>6}: {sub.total:8.2f} over {len(sub)} sale(s)")
print("north avg price:", ledger["north"].average_price())
reps = ledger.by("rep")
ranking = sorted(reps, key=lambda r: (-reps[r].total, r))
print("ranking:", ranking)

for region in ("south", "central"):
    try:
        print(region, "units:", sum(s.units for s in ledger[region]))
    except KeyError as e:
        print("no such region:", e)

try:
    print(ledger.average_price())
except ZeroDivisionError as e:
    print("average failed:", e)

checks = [
    ("max by price", lambda: max(ledger, key=lambda s: s.unit_price)),
    ("dict comp", lambda: {s.rep: round(s.unit_price, 1) for s in ledger["north"]}),
    ("genexpr", lambda: list(s.amount // s.units for s in ledger["south"])),
]
for label, fn in checks:
    try:
        print(label, "->", fn())
    except ZeroDivisionError as e:
        print(label, "-> ZeroDivisionError:", e)


def summary(led):
    lines = [f"{r}: {sub.average_price():.2f}" for r, sub in led.by("region").items()]
    return "\n".join(lines)


print(summary(Ledger(SALES[:5])))
print(summary(ledger))
