# Arithmetic dunders including reflected/in-place, __neg__/__abs__/__index__/__int__/__float__,
# used by sum, sorted, range, hex, bin, round and list indexing.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            other = Money(other)
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents)

    __radd__ = __add__

    def __iadd__(self, other):
        print("  iadd")
        self.cents += other.cents if isinstance(other, Money) else other
        return self

    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __round__(self, nd=None):
        return Money(round(self.cents, nd if nd is None else nd - 2))

    def __float__(self):
        return self.cents / 100

    def __int__(self):
        return self.cents // 100

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


wallet = [Money(150), Money(-275), Money(1000)]
print(sum(wallet), sum(wallet, Money(1)), 3 * Money(5), Money(5) * 3, -Money(3), abs(Money(-42)))
m = Money(10)
alias = m
m += Money(5)
m += 7
print(m, alias, m is alias, float(m), int(Money(-150)), round(Money(12345), 1), round(Money(12355)))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) * 1.5
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


items = list("abcdef")
print(items[Idx(2)], items[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), list(range(Idx(3))))
print("ab" * Idx(2), [0] * Idx(3), (10).to_bytes(Idx(2), "big"), int(Idx(7)) if hasattr(Idx, "__int__") else "no int")
print(sorted(wallet, key=float), max(wallet, key=int), [float(w) for w in wallet])
