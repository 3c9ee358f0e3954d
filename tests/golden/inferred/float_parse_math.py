# float(s) parsing, abs(), round(), int(), float methods and math functions on float locals.
import asyncio
import math


def attempt(label, fn):
    try:
        r = fn()
    except (ValueError, OverflowError) as e:
        print(label, type(e).__name__, str(e))
    else:
        print(label, "->", repr(r), type(r).__name__)


def parse():
    for s in ("1.5", "-0.0", "inf", "-Infinity", "nan", "-NaN", " 1e3 ", "1_000.25", "0x10" , "1e400", "-1e-400", ".5", "5.", "abc", ""):
        attempt("float(%r)" % s, lambda: float(s))
    x = float("-0.0")
    y = float("inf")
    z = float("nan")
    w = float("  -12.5e-1\n")
    print(x, y, z, w, math.copysign(1.0, x), x + 0.0, y - 1e308, z == z, w * 2.0)
    return w


def rounding():
    a = 2.5
    b = -2.5
    c = 0.125
    d = 1.005
    e = -0.5
    print(round(a), round(b), round(3.5), round(e), round(c, 2), round(d, 2), round(a, 0), round(-a, -1))
    print(round(1234.5678, -2), round(1e300, 2), round(0.1 + 0.2, 15), type(round(a)).__name__)
    print(abs(b), abs(e), abs(-0.0), abs(float("-inf")), abs(c - 1.0))
    print(int(a), int(b), int(-0.9), int(1e20), math.trunc(-7.9), math.floor(-7.1), math.ceil(-7.9))
    attempt("round(inf)", lambda: round(float("inf")))
    attempt("round(nan)", lambda: round(float("nan")))
    attempt("int(-inf)", lambda: int(-math.inf))
    attempt("floor(nan)", lambda: math.floor(math.nan))
    print(a.is_integer(), (a * 2.0).is_integer(), c.as_integer_ratio(), b.hex(), float.fromhex("0x1.8p1"))
    return round(a * b, 3)


def maths():
    r = 2.0
    area = math.pi * r * r
    root = math.sqrt(area)
    print(area, root, math.exp(1.0), math.log(100.0, 10.0), math.log10(1e-5), math.log2(1024.0))
    print(math.sin(math.pi), math.cos(0.0), math.atan2(-0.0, -1.0), math.hypot(3.0, 4.0), math.fabs(-r))
    print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 * 3, 0.3), math.fmod(-7.0, 2.0))
    print(math.pow(2.0, 0.5), r ** 0.5, (-8.0) ** (1 / 3), math.isinf(r / 1e-320), math.isfinite(area))
    attempt("sqrt(-1)", lambda: math.sqrt(-r))
    attempt("log(0)", lambda: math.log(r - r))
    attempt("exp(1000)", lambda: math.exp(r * 500.0))
    attempt("pow overflow", lambda: r ** 10000.0)
    attempt("neg ** frac", lambda: (-r) ** 0.5)
    return area


def parsed():
    for s in ("2.675", "-0.05", "1e-7", "-inf"):
        v = float(s)
        yield v, abs(v), round(v, 1), -v
        v = v * 2.0
        yield v


async def main():
    w = parse()
    await asyncio.sleep(0)
    print(w, w * w, list(parsed()))
    print(rounding())
    print(maths())


asyncio.run(main())
