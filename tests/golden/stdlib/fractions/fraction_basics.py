# Fraction: construction from ints, strings, floats and other fractions; normalisation; reprs;
# arithmetic with ints, floats and complex; comparisons and hashes equal to those of equal
# numbers; rounding; limit_denominator.
from fractions import Fraction
import math

for arg in [(3, 4), (10, -8), (0, 5), (7,), ("3/7",), ("-1.25e2",), (" 2.5 ",), ("1_000/3",), ("1.",),
            (".5",), ("5e-3",), (0.1,), (-2.75,), (Fraction(1, 3), Fraction(2, 5)), (True,)]:
    f = Fraction(*arg)
    print(repr(arg), "->", repr(f), str(f), f.numerator, f.denominator, f.as_integer_ratio())

a, b = Fraction(1, 3), Fraction(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** -3, (-a) ** 0)
print(a + 1, 1 - a, 2 * a, a / 4, 5 // b, 7 % a, a + 0.5, 0.25 * a, a + 1j, a ** 0.5, 2 ** Fraction(1, 2))
print(-a, +a, abs(b), int(b), math.trunc(b), math.floor(b), math.ceil(b), float(a), complex(b), bool(Fraction(0)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2))
print(a < b, a > b, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(3) == 3, a <= 0.34, b >= -1)
print(Fraction(1, 2) < float("inf"), Fraction(1, 2) == float("nan"), Fraction(2, 1) == 2 + 0j)
print(hash(Fraction(3)) == hash(3), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(-7, 4)) == hash(-1.75))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4)}), sorted([Fraction(1, 3), 0.25, 1, Fraction(-1, 2)]))
pi = Fraction("3.141592653589793")
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(1000), Fraction(4321, 8765).limit_denominator(10000))
print(Fraction.from_float(0.3), Fraction.from_float(3), Fraction(0.3).limit_denominator())
print(sum(Fraction(1, n) for n in range(1, 11)), math.prod([Fraction(2, 3)] * 4))
print(f"{Fraction(1, 3)}", "%s" % Fraction(5, 10), [Fraction(1, 2)], {"x": Fraction(9, 3)})
