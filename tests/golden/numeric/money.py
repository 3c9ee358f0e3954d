"""Money amounts in integer cents: allocation, currency safety and custom formatting."""
from functools import total_ordering


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    SYMBOLS = {"USD": "$", "EUR": "€", "JPY": "¥", "GBP": "£"}
    DECIMALS = {"JPY": 0}

    def __init__(self, amount, currency="USD"):
        self.currency = currency
        scale = 10 ** self.decimals
        if isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            sign = -1 if whole.startswith("-") else 1
            frac = (frac + "0" * self.decimals)[:self.decimals] or "0"
            self.units = sign * (abs(int(whole)) * scale + int(frac))
        elif isinstance(amount, int):
            self.units = amount * scale
        else:
            raise TypeError(f"use str or int for Money, not {type(amount).__name__}")

    @property
    def decimals(self):
        return self.DECIMALS.get(self.currency, 2)

    @classmethod
    def from_units(cls, units, currency):
        m = cls(0, currency)
        m.units = units
        return m

    def _same(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return True

    def __add__(self, other):
        if other == 0 and not isinstance(other, Money):
            return self
        if not self._same(other):
            return NotImplemented
        return Money.from_units(self.units + other.units, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        if not self._same(other):
            return NotImplemented
        return Money.from_units(self.units - other.units, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, Money):
            return NotImplemented
        return Money.from_units(round(self.units * factor), self.currency)

    __rmul__ = __mul__

    def __floordiv__(self, n):
        return Money.from_units(self.units // n, self.currency)

    def __mod__(self, n):
        return Money.from_units(self.units % n, self.currency)

    def __divmod__(self, n):
        return self // n, self % n

    def __neg__(self):
        return Money.from_units(-self.units, self.currency)

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.units == 0
        return isinstance(other, Money) and (self.currency, self.units) == (other.currency, other.units)

    def __lt__(self, other):
        self._same(other) or self._fail(other)
        return self.units < other.units

    def _fail(self, other):
        raise TypeError(f"cannot compare Money with {type(other).__name__}")

    def __hash__(self):
        return hash((self.currency, self.units))

    def __bool__(self):
        return self.units != 0

    def allocate(self, ratios):
        total = sum(ratios)
        shares = [self.units * r // total for r in ratios]
        for i in range(self.units - sum(shares)):
            shares[i] += 1
        return [Money.from_units(s, self.currency) for s in shares]

    def __str__(self):
        return format(self, "")

    def __repr__(self):
        return f"Money({format(self, 'plain')!r}, {self.currency!r})"

    def __format__(self, spec):
        q, r = divmod(abs(self.units), 10 ** self.decimals)
        digits = f"{q:,}" + (f".{r:0{self.decimals}d}" if self.decimals else "")
        sign = "-" if self.units < 0 else ""
        if spec == "plain":
            return sign + digits.replace(",", "")
        if spec == "acct":
            return f"({digits})" if sign else digits
        text = f"{sign}{self.SYMBOLS.get(self.currency, self.currency + ' ')}{digits}"
        return format(text, spec)


prices = [Money("19.99"), Money("5"), Money("0.35"), Money(12), Money("-2.5")]
print(prices)
print([str(p) for p in prices], sum(prices), sum(prices, Money(0)) == sum(prices))
print(sorted(prices), max(prices), min(prices, key=abs if False else lambda m: m.units))
total = Money(0)
for p in prices:
    total += p * 2
print(f"{total:>12}|{-total:<12}|{total:^14}|{-total:acct}|{total:plain}")
print(Money("1234567.891"), Money(1500, "JPY"), Money("-0.05", "EUR"), Money("9.5", "GBP") * 1.5)
print(Money("100").allocate([1, 1, 1]), Money("0.05").allocate([3, 7]))
print(Money(1000, "JPY").allocate([1, 2, 3, 4]))
print(divmod(Money("10.00"), 3), Money("10") // 4, Money("10.01") % 7)
print(Money("0.1") * 3 == Money("0.30"), Money("2.675") * 1, round(267.5), Money("0.005") * 1)
ledger = {Money("5"): "five", Money("5.00"): "still five", Money(5, "EUR"): "euro five"}
print(len(ledger), ledger[Money(5)], bool(Money(0)), bool(Money("0.01")), Money(0) == 0)
for bad in [lambda: Money(1.5), lambda: Money(1) < 3, lambda: Money(1) * Money(2), lambda: Money(1) - 1]:
    try:
        print(bad())
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")
wallet = [Money(20), Money(15, "EUR")]
print("wallet:", sum(wallet))
