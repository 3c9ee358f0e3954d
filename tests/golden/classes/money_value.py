# A Money value object: __eq__/__hash__/__lt__, arithmetic with __add__/__radd__ so sum()
# works, __format__ with a custom spec, __bool__, and currency mismatch errors.
class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, amount, currency="USD"):
        self.cents = round(amount * 100)
        self.currency = currency

    @classmethod
    def from_cents(cls, cents, currency="USD"):
        m = cls(0, currency)
        m.cents = cents
        return m

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return other

    def __add__(self, other):
        o = self._check(other)
        if o is NotImplemented:
            return o
        return Money.from_cents(self.cents + o.cents, self.currency)

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __mul__(self, k):
        return Money.from_cents(round(self.cents * k), self.currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        return self._check(other) is not NotImplemented and self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f"Money({self.cents / 100:.2f}, {self.currency!r})"

    def __format__(self, spec):
        text = f"{self.cents // 100:,}.{self.cents % 100:02d} {self.currency}"
        return format(text, spec) if spec else text


prices = [Money(19.99), Money(5), Money(0.5), Money(1250.25), Money(5.00)]
print(sum(prices), sorted(prices)[:2], max(prices))
print(len(set(prices)), Money(5) == Money(5.0), Money(5) == 5, Money(5) != "5")
print(f"[{Money(1234567.8):>20}] [{Money(3, 'EUR')}] [{3 * Money(0.1)}]")
print(bool(Money(0)), bool(Money(0.01)), Money(2) * 1.5, {Money(1): "one"}[Money(1.0)])
print(sorted(prices, reverse=True) == sorted(prices)[::-1], hasattr(Money, "__le__"), "__le__" in vars(Money))
try:
    print(Money(1) + Money(1, "EUR"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(Money(1) + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(Money(1) > Money(2), Money(3) > Money(2))
except TypeError as e:
    print("TypeError:", e)
