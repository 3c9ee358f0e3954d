"""A Fraction-like rational number type with full operator support."""
from functools import total_ordering


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


@total_ordering
class Q:
    __slots__ = ("num", "den")

    def __init__(self, num=0, den=1):
        if isinstance(num, Q) and den == 1:
            num, den = num.num, num.den
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError(f"Q() needs ints, got {type(num).__name__}/{type(den).__name__}")
        if den == 0:
            raise ZeroDivisionError(f"Q({num}, 0)")
        g = gcd(num, den)
        if den < 0:
            g = -g
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _coerce(other):
        if isinstance(other, Q):
            return other
        if isinstance(other, int):
            return Q(other)
        return NotImplemented

    def __repr__(self):
        return f"Q({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        if spec.endswith("f"):
            return format(float(self), spec)
        return format(str(self), spec)

    def __add__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Q(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __neg__(self):
        return Q(-self.num, self.den)

    def __pos__(self):
        return self

    def __abs__(self):
        return Q(abs(self.num), self.den)

    def __sub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else self + -o

    def __rsub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else o + -self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Q(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Q(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else o / self

    def __pow__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        if n < 0:
            return Q(self.den ** -n, self.num ** -n)
        return Q(self.num ** n, self.den ** n)

    def __floor__(self):
        return self.num // self.den

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2**53 else -(-self.num // self.den)

    def __round__(self, ndigits=None):
        if ndigits is None:
            fl, rem = divmod(self.num, self.den)
            twice = rem * 2
            if twice > self.den or (twice == self.den and fl % 2 == 1):
                fl += 1
            return fl
        shift = 10 ** ndigits
        return Q(round(self * shift), shift)

    def __eq__(self, other):
        if isinstance(other, float):
            return float(self) == other
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return (self.num, self.den) == (o.num, o.den)

    def __lt__(self, other):
        if isinstance(other, float):
            return float(self) < other
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0


h = [Q(1, n) for n in range(1, 7)]
print(h)
print(sum(h), sum(h, Q(0)) == sum(h), 1 - Q(1, 3), 2 / Q(4, 6), Q(3, -9))
print(Q(2, 3) ** 3, Q(2, 3) ** -2, -Q(5, 10), abs(Q(-7, 2)), +Q(1, 2))
print(sorted([Q(2, 3), Q(1, 2), 1, Q(5, 4), 0.6]), max(Q(1, 3), 0.3))
print(Q(1, 2) <= Q(2, 4), Q(1, 2) > 0.49, Q(3, 1) == 3, hash(Q(6, 2)) == hash(3))
print({Q(2, 1): "two", 2: "int two"}, len({Q(1, 2), Q(2, 4), Q(3, 6)}))
print([round(Q(n, 2)) for n in range(-5, 6)])
print([round(n / 2) for n in range(-5, 6)])
print(round(Q(22, 7), 2), float(Q(22, 7)), int(Q(-7, 2)), int(-7 / 2))
print(f"{Q(1, 3):.4f}|{Q(1, 3):>8}|{Q(-5, 1):<4}|", format(Q(7, 8), "^9"))
print(bool(Q(0, 5)), bool(Q(1, 5)), Q(Q(4, 8)), Q(10) * 0.5 if False else "skip")
x = Q(1)
for i in range(2, 6):
    x += Q(1, i)
    x *= Q(i - 1, i)
print(x, repr(x))
for bad in [lambda: Q(1, 2) + 0.5, lambda: Q(1.5), lambda: "a" * Q(2), lambda: Q(1, 2) < "x"]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(Q(1, 3) / (Q(1, 2) - Q(2, 4)))
