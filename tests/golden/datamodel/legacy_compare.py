"""A Python-2-era Fraction-like class ported to 3.11: hand-written __ne__, cmp helpers and coercion."""
from functools import total_ordering


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def cmp(a, b):
    return (a > b) - (a < b)


@total_ordering
class Ratio:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Ratio(%d, 0)" % num)
        g = gcd(num, den) or 1
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, sign * den // g

    @staticmethod
    def coerce(other):
        if isinstance(other, Ratio):
            return other
        if isinstance(other, int):
            return Ratio(other)
        return None

    def __eq__(self, other):
        other = Ratio.coerce(other)
        if other is None:
            return NotImplemented
        return (self.num, self.den) == (other.num, other.den)

    def __ne__(self, other):
        # ported verbatim from the Python 2 version
        return not self.__eq__(other)

    def __lt__(self, other):
        other = Ratio.coerce(other)
        if other is None:
            return NotImplemented
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __add__(self, other):
        other = Ratio.coerce(other)
        if other is None:
            return NotImplemented
        return Ratio(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __mul__(self, other):
        other = Ratio.coerce(other)
        if other is None:
            return NotImplemented
        return Ratio(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Ratio.coerce(other)
        return self * Ratio(other.den, other.num)

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return "Ratio(%d, %d)" % (self.num, self.den)

    def __str__(self):
        return "%d/%d" % (self.num, self.den) if self.den != 1 else "%d" % self.num


def egyptian(r):
    """Greedy Egyptian fraction decomposition."""
    parts = []
    while r.num != 0:
        d = -(-r.den // r.num)
        parts.append(Ratio(1, d))
        r = r + Ratio(-1, d)
    return parts


def main():
    a, b = Ratio(1, 3), Ratio(2, 6)
    print(a, b, a == b, a != b, a != Ratio(1, 2), a < Ratio(1, 2), a >= b)
    print("with ints:", Ratio(4, 2) == 2, Ratio(4, 2) != 2, 3 != Ratio(3), 1 + a, a * 3)
    print("with strings:", a != "1/3", a == "1/3", "x" != a)
    print("with floats:", a != 0.5, Ratio(1, 2) != 0.5)
    harmonic = sum((Ratio(1, n) for n in range(1, 11)), Ratio(0))
    print("H(10) =", harmonic, "~", round(float(harmonic), 6))
    print("sorted:", sorted([Ratio(3, 4), Ratio(-1, 2), Ratio(5, 8), 1, Ratio(2, 3)]))
    print("distinct:", len({Ratio(1, 2), Ratio(2, 4), Ratio(3, 6), Ratio(1, 3)}))
    for r in (Ratio(4, 13), Ratio(5, 6), Ratio(7, 15)):
        print(f"{r!s:>5} = " + " + ".join(map(str, egyptian(r))))
    print("cmp:", cmp(a, Ratio(1, 2)), cmp(Ratio(1, 2), a), cmp(a, b))
    print("division:", Ratio(3, 4) / Ratio(3, 8), Ratio(1, 2) / 4)
    print("%s | %r | %-8s|" % (a, b, Ratio(-6, 4)))
    print(Ratio(1, 0))


main()
