# TypeError texts for wrong argument counts, keywords and types across math functions, and
# conversions through __float__/__index__ (including bad return types); ends with an uncaught error.
import math


class F:
    def __float__(self): return 2.25


class I:
    def __index__(self): return 6


class FI:
    def __float__(self): return 0.5
    def __index__(self): return 3


class Bad:
    def __float__(self): return 1


class Raises:
    def __float__(self): raise ArithmeticError("no float for you")


calls = [
    ("sqrt()", lambda: math.sqrt()), ("sqrt(1, 2)", lambda: math.sqrt(1, 2)), ("sqrt('x')", lambda: math.sqrt("x")),
    ("sqrt(x=1)", lambda: math.sqrt(x=1)), ("sqrt(None)", lambda: math.sqrt(None)), ("sqrt([4])", lambda: math.sqrt([4])),
    ("log('a')", lambda: math.log("a")), ("log()", lambda: math.log()), ("log(1, 2, 3)", lambda: math.log(1, 2, 3)),
    ("log(8, 'b')", lambda: math.log(8, "b")), ("log(8, base=2)", lambda: math.log(8, base=2)),
    ("gcd(1.5)", lambda: math.gcd(1.5)), ("gcd(a=1)", lambda: math.gcd(a=1)), ("lcm(2, '4')", lambda: math.lcm(2, "4")),
    ("isqrt(2.0)", lambda: math.isqrt(2.0)), ("isqrt()", lambda: math.isqrt()), ("factorial(3.0)", lambda: math.factorial(3.0)),
    ("comb(5.0, 2)", lambda: math.comb(5.0, 2)), ("comb(5, 2, 1)", lambda: math.comb(5, 2, 1)), ("perm()", lambda: math.perm()),
    ("perm(5, '2')", lambda: math.perm(5, "2")), ("pow('a', 2)", lambda: math.pow("a", 2)), ("pow(2)", lambda: math.pow(2)),
    ("pow(2, 3, 4)", lambda: math.pow(2, 3, 4)), ("atan2(1)", lambda: math.atan2(1)), ("copysign(1, 'x')", lambda: math.copysign(1, "x")),
    ("hypot('a')", lambda: math.hypot("a")), ("hypot(1, None)", lambda: math.hypot(1, None)), ("hypot(x=1)", lambda: math.hypot(x=1)),
    ("dist([1], [1, 2])", lambda: math.dist([1], [1, 2])), ("dist(1, 2)", lambda: math.dist(1, 2)),
    ("dist([1], ['a'])", lambda: math.dist([1], ["a"])), ("dist(iter([1]), [1])", lambda: math.dist(iter([1]), [1])),
    ("dist([1])", lambda: math.dist([1])), ("fsum(1)", lambda: math.fsum(1)), ("fsum()", lambda: math.fsum()),
    ("prod(None)", lambda: math.prod(None)), ("prod()", lambda: math.prod()), ("isclose(1, 2, 3)", lambda: math.isclose(1, 2, 3)),
    ("isclose(a=1, b=1)", lambda: math.isclose(a=1, b=1)), ("isclose(1, b=1.0)", lambda: math.isclose(1, b=1.0)),
    ("ldexp(1.0, 'e')", lambda: math.ldexp(1.0, "e")), ("ldexp('m', 1)", lambda: math.ldexp("m", 1)),
    ("frexp('x')", lambda: math.frexp("x")), ("modf()", lambda: math.modf()), ("nextafter(1)", lambda: math.nextafter(1)),
    ("ulp('1')", lambda: math.ulp("1")), ("floor()", lambda: math.floor()), ("floor(1, 2)", lambda: math.floor(1, 2)),
    ("trunc(x=1.5)", lambda: math.trunc(x=1.5)), ("fmod(1)", lambda: math.fmod(1)), ("remainder(1, b'2')", lambda: math.remainder(1, b"2")),
    ("sqrt(F())", lambda: math.sqrt(F())), ("sqrt(I())", lambda: math.sqrt(I())), ("sqrt(FI())", lambda: math.sqrt(FI())),
    ("factorial(I())", lambda: math.factorial(I())), ("factorial(F())", lambda: math.factorial(F())),
    ("isqrt(FI())", lambda: math.isqrt(FI())), ("gcd(I(), 4)", lambda: math.gcd(I(), 4)), ("log(F(), I())", lambda: math.log(F(), I())),
    ("sqrt(Bad())", lambda: math.sqrt(Bad())), ("sqrt(Raises())", lambda: math.sqrt(Raises())),
    ("hypot(F(), I())", lambda: math.hypot(F(), I())), ("fsum([F(), I()])", lambda: math.fsum([F(), I()])),
    ("floor(F())", lambda: math.floor(F())), ("ceil(Bad())", lambda: math.ceil(Bad())), ("comb(I(), I())", lambda: math.comb(I(), I())),
    ("ldexp(F(), I())", lambda: math.ldexp(F(), I())), ("isfinite(FI())", lambda: math.isfinite(FI())),
    ("math.nope", lambda: math.nope), ("math.__name__", lambda: math.__name__),
    ("math.Pi", lambda: math.Pi),
]
for label, fn in calls:
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print("done; now an uncaught one")
math.sqrt(-1)
