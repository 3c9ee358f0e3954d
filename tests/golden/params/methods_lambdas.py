# Methods and lambdas using /, *, defaults, *args and **kwargs.
class RateCard:
    def __init__(self, name, /, base=10, *, tax=0.2):
        self.name = name
        self.base = base
        self.tax = tax

    def price(self, units, /, *, discount=0, **fees):
        subtotal = self.base * units - discount + sum(fees.values())
        return round(subtotal * (1 + self.tax), 2)

    @staticmethod
    def fmt(amount, /, currency="EUR", *, symbol=False):
        return f"{'€' if symbol else ''}{amount:.2f} {currency}"

    @classmethod
    def free(cls, name, *, tax=0):
        return cls(name, 0, tax=tax)


card = RateCard("std")
print(card.price(3), card.price(3, discount=5), card.price(2, shipping=4, handling=1))
print(RateCard.fmt(12.5), RateCard.fmt(3, "USD"), card.fmt(7, symbol=True))
free = RateCard.free("promo")
print(free.name, free.base, free.tax, free.price(100, setup=10))
print(RateCard("vip", 20, tax=0).price(1))

add = lambda a, b=10, /: a + b
kw = lambda *, x, y=2: x ** y
both = lambda a, /, b, *, c=3: (a, b, c)
var = lambda *args, **kwargs: (len(args), sorted(kwargs))
print(add(1), add(1, 2), kw(x=3), kw(x=2, y=10))
print(both(1, 2), both(1, b=5, c=0), var(), var(1, 2, z=1, a=2))
ops = {"min": lambda *xs, default=None: min(xs) if xs else default}
print(ops["min"](4, 2, 8), ops["min"](default="empty"))
bound = card.price
print(bound(1, discount=1), RateCard.price(card, 1))
sorter = sorted(["bb", "a", "ccc"], key=lambda s, /: -len(s))
print(sorter)
