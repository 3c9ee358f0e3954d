"""Shopping cart with coupons, total_ordering prices and a final validation error."""
from functools import total_ordering, reduce
from dataclasses import dataclass
from typing import Callable


@total_ordering
class Money:
    __slots__ = ("cents",)

    def __init__(self, cents: int) -> None:
        self.cents = cents

    @classmethod
    def parse(cls, text: str) -> "Money":
        whole, _, frac = text.strip().lstrip("$").partition(".")
        return cls(int(whole.replace(",", "")) * 100 + int((frac + "00")[:2]))

    def __add__(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def __sub__(self, other: "Money") -> "Money":
        return Money(self.cents - other.cents)

    def __mul__(self, k: int | float) -> "Money":
        return Money(round(self.cents * k))

    __rmul__ = __mul__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other: "Money") -> bool:
        return self.cents < other.cents

    def __hash__(self) -> int:
        return hash(self.cents)

    def __repr__(self) -> str:
        return f"Money({self.cents})"

    def __format__(self, spec: str) -> str:
        s = f"${self.cents / 100:,.2f}" if self.cents >= 0 else f"-${-self.cents / 100:,.2f}"
        return format(s, spec)


@dataclass(frozen=True)
class Product:
    name: str
    price: Money


Coupon = Callable[[Money], Money]


def percent_off(p: int) -> Coupon:
    def apply(total: Money) -> Money:
        return total - total * (p / 100)
    apply.__name__ = f"percent_off_{p}"
    return apply


def flat_off(amount: str) -> Coupon:
    m = Money.parse(amount)
    return lambda total: max(total - m, Money(0))


catalog = {p.name: p for p in [
    Product("keyboard", Money.parse("$49.99")),
    Product("monitor", Money.parse("1,299.5")),
    Product("cable", Money.parse("7")),
    Product("mouse", Money.parse("$19.9")),
]}
cart: dict[str, int] = {}
for name, n in [("cable", 3), ("keyboard", 1), ("mouse", 2), ("cable", 1), ("monitor", 1)]:
    cart[name] = cart.get(name, 0) + n

lines = [(name, n, catalog[name].price * n) for name, n in cart.items()]
for name, n, sub in sorted(lines, key=lambda t: t[2], reverse=True):
    print(f"{name:<10}{n:>3} x {catalog[name].price:>10} = {sub:>12}")
subtotal = reduce(lambda a, b: a + b, (s for *_, s in lines), Money(0))
print(f"{'subtotal':<29}{subtotal:>12}")
coupons = [percent_off(10), flat_off("25.00"), percent_off(5)]
total = subtotal
for c in coupons:
    total = c(total)
    print(f"{getattr(c, '__name__', '?'):<29}{total:>12}")
print(sorted({p.price for p in catalog.values()}))
print(Money(100) <= Money(100), Money(5) > Money(4), Money(3) != Money(3))
print(min(catalog.values(), key=lambda p: p.price))
try:
    catalog["cable"].price = Money(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(f"[{Money(-1234):^14}]")
print(Money(5) < 3)
