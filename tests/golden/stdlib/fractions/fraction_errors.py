# Fraction's errors: a zero denominator (its message keeps the reduced numerator), bad literals,
# arguments of the wrong type, and operations with unsupported operands.
from fractions import Fraction


def attempt(label, f):
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("1/0", lambda: Fraction(1, 0))
attempt("6/0", lambda: Fraction(6, 0))
attempt("div zero", lambda: Fraction(3, 4) / 0)
attempt("div zero frac", lambda: Fraction(3, 4) / Fraction(0))
attempt("floordiv zero", lambda: Fraction(3, 4) // 0)
attempt("mod zero", lambda: Fraction(3, 4) % 0)
attempt("zero pow neg", lambda: Fraction(0) ** -1)
attempt("bad literal", lambda: Fraction("abc"))
attempt("bad literal 2", lambda: Fraction("1/"))
attempt("bad literal 3", lambda: Fraction("1.5/2"))
attempt("d literal", lambda: Fraction("1.ddd"))
attempt("str denominator", lambda: Fraction("1", 2))
attempt("float pair", lambda: Fraction(1.5, 2))
attempt("list", lambda: Fraction([1]))
attempt("nan", lambda: Fraction(float("nan")))
attempt("inf", lambda: Fraction(float("inf")))
attempt("from_float str", lambda: Fraction.from_float("x"))
attempt("limit 0", lambda: Fraction(1, 3).limit_denominator(0))
attempt("add str", lambda: Fraction(1, 2) + "x")
attempt("compare str", lambda: Fraction(1, 2) < "x")
attempt("compare complex", lambda: Fraction(1, 2) < 1j)
attempt("eq str", lambda: Fraction(1, 2) == "1/2")
attempt("format spec", lambda: format(Fraction(1, 3), ".2f"))
