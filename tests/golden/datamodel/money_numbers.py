"""A Money number type: arithmetic protocols, rounding, formatting, sum/min/max."""
from functools import total_ordering


@total_ordering
class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, amount=0, currency="EUR"):
        if isinstance(amount, Money):
            self.cents, self.currency = amount.cents, amount.currency
        elif isinstance(amount, int):
            self.cents, self.currency = amount * 100, currency
        elif isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            sign = -1 if whole.startswith("-") else 1
            self.cents = int(whole) * 100 + sign * int((frac + "00")[:2])
            self.currency = currency
        else:
            self.cents, self.currency = round(amount * 100), currency

    @classmethod
    def from_cents(cls, cents, currency="EUR"):
        m = cls.__new__(cls)
        m.cents, m.currency = cents, currency
        return m

    def _check(self, other):
        if isinstance(other, Money) and other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")

    def __add__(self, other):
        if isinstance(other, int) and other == 0:
            return self
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return Money.from_cents(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return Money.from_cents(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, (int, float)):
            return Money.from_cents(round(self.cents * factor), self.currency)
        return NotImplemented

    def __rmul__(self, factor):
        return self.__mul__(factor)

    def __truediv__(self, other):
        if isinstance(other, Money):
            return self.cents / other.cents
        return Money.from_cents(round(self.cents / other), self.currency)

    def __floordiv__(self, n):
        return Money.from_cents(self.cents // n, self.currency)

    def __mod__(self, n):
        return Money.from_cents(self.cents % n, self.currency)

    def __divmod__(self, n):
        return self // n, self % n

    def __neg__(self):
        return Money.from_cents(-self.cents, self.currency)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money.from_cents(abs(self.cents), self.currency)

    def __bool__(self):
        return self.cents != 0

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.cents / 100)
        return Money.from_cents(round(self.cents, ndigits - 2), self.currency)

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __repr__(self):
        return f"Money('{self}', {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"

    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{format(str(self), spec[:-1])} {self.currency}"
        return format(float(self), spec or "")


def main():
    prices = [Money("19.99"), Money(5), Money(2.5), Money("-3.10"), Money("0.05")]
    print(prices)
    print("sum:", sum(prices), "| start:", sum(prices, Money(100)))
    print("min/max:", min(prices), max(prices), max(prices, key=abs))
    print("sorted:", [str(p) for p in sorted(prices)], [str(p) for p in sorted(prices, reverse=True)])
    total = sum(prices)
    print("ops:", total * 3, 3 * total, total / 4, total // 3, total % 7, divmod(total, 4))
    print("ratio:", round(Money(5) / Money(20), 3), -total, +total, abs(Money("-7.5")))
    print("conversions:", int(total), float(total), round(total), round(Money("2.555"), 1), bool(Money(0)))
    print(f"[{total:>10.2f}] [{total:<12c}] [{total:^14c}] [{total:,.1f}] [{total}] [{total!r}]")
    print("{:>12c}|{:.3e}|{!s:>8}".format(Money(1234), Money("0.5"), Money(7)))
    print("hash/eq:", len({Money(1), Money("1.00"), Money(1.0), Money(1, "USD")}), Money(1) == 1)
    print("ordering:", Money(1) <= Money(2), Money(3) >= Money(3), Money(2) > Money("1.99"))
    ledger = {}
    for name, amount in [("rent", Money(800)), ("food", Money("120.40")), ("rent", Money(50)), ("fun", Money(0))]:
        ledger[name] = ledger.get(name, 0) + amount
    for name, amount in sorted(ledger.items(), key=lambda kv: kv[1], reverse=True):
        print(f"  {name:<6}{amount:>10}{'' if amount else ' (zero)'}")
    try:
        Money(1) < 5
    except TypeError as e:
        print("compare error:", e)
    try:
        print(Money(1) + 2)
    except TypeError as e:
        print("add error:", e)
    print(Money(1, "USD") + Money(1))


main()
