class Money:
    """Fixed-point money in cents, with banker's-free half-up rounding."""
    __slots__ = ("cents",)

    def __init__(self, cents: int):
        self.cents = cents

    @classmethod
    def parse(cls, text: str) -> "Money":
        neg = text.startswith("-")
        whole, _, frac = text.lstrip("-").partition(".")
        cents = int(whole or "0") * 100 + int((frac + "00")[:2])
        return cls(-cents if neg else cents)

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    __radd__ = lambda self, other: self if other == 0 else NotImplemented

    def __mul__(self, factor):
        q, r = divmod(self.cents * factor.numerator_den()[0], factor.numerator_den()[1]) if hasattr(factor, "numerator_den") else divmod(round(self.cents * factor * 10000), 10000)
        return Money(q + (1 if 2 * r >= (10000 if not hasattr(factor, "numerator_den") else factor.numerator_den()[1]) else 0))

    def __neg__(self):
        return Money(-self.cents)

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return f"{sign}${d:,}.{c:02d}"


prices = ["19.99", "5.01", "0.10", "100.00", "-3.5", ".75"]
ms = [Money.parse(p) for p in prices]
print(ms)
total = sum(ms)
print(total, repr(total), total * 1.0825, total * 0.5, -total, sorted(ms)[:2], max(ms))
print(len({Money(5), Money(5), Money(6)}), Money(1) == 1, Money(1) != Money(2))
rate = 0.05
balance = 1000.0
for year in range(1, 4):
    balance *= 1 + rate
    print(f"year {year}: {balance:10.4f} {int(balance)} {round(balance, 2)} {balance // 1:.0f} {-balance // 1:.0f}")
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, sum([0.1] * 10), round(sum([0.1] * 10), 12))
payments = [Money.parse(p) for p in ("12.34", "0.01", "999.99")]
split = [Money(p.cents // 3) for p in payments]
print([str(s) for s in split], [p.cents % 3 for p in payments], f"{sum(payments)!s:>14}|")
for bad in [lambda: Money.parse("abc"), lambda: Money(1) + 1, lambda: Money(1) < 3, lambda: sum([Money(1)], 5),
            lambda: Money(1).other]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
