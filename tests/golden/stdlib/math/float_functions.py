# Float functions over a table of inputs: sqrt exp expm1 log log2 log10 log1p fabs, and two-argument
# pow/copysign/fmod/remainder/log/ldexp/nextafter, modf/frexp/ulp/hypot/dist, with domain/range error texts.
import math

inf, nan = float('inf'), float('nan')
ones = [0, 0.0, -0.0, 1, -1, True, 2, 0.5, 1e-310, 1e308, -1e308, 709.78, 710, -745.2, -746,
        2**70, 10**400, -10**400, inf, -inf, nan]


def short(x):
    return f"<{len(str(x))}-char int>" if type(x) is int and len(str(x)) > 25 else repr(x)


def show(f, *args):
    try:
        r = f(*args)
        print(f.__name__, *map(short, args), "->", repr(r))
    except Exception as e:
        print(f.__name__, *map(short, args), "!", type(e).__name__, e)


for f in (math.sqrt, math.exp, math.expm1, math.log, math.log2, math.log10, math.log1p, math.fabs,
          math.modf, math.frexp, math.ulp):
    for x in ones:
        show(f, x)
show(math.frexp, 2**1000)

pairs = [(2, 10), (2, 0.5), (-8, 1 / 3), (0, 0), (0, -1), (0.0, -1.5), (-0.0, -1), (-0.0, -2), (10, 400),
         (10.0, 309), (-2, 3), (1, nan), (nan, 0), (inf, -1), (-inf, 3), (0.5, -inf), (-1, inf), (2, 2**70)]
for a, b in pairs:
    show(math.pow, a, b)
for a, b in [(1, 2), (8, 2), (100, 10), (2**1000, 2), (10**400, 10), (1, 1), (5, 1), (0, 2), (3, 0), (3, -2), (-3, 2),
             (0.5, 0.5), (inf, 2), (2, inf), (nan, 2), (True, 2)]:
    show(math.log, a, b)
for a, b in [(1, -0.0), (-1, 0.0), (-0.0, 1), (nan, -1), (inf, -0.0), (3, nan), (5, True)]:
    show(math.copysign, a, b)
for a, b in [(7, 3), (-7, 3), (7, -3), (7.5, 2), (-0.0, 1), (1e308, 1e-308), (5, 0), (5.0, 0.0), (inf, 1),
             (1, inf), (-1, inf), (nan, 1), (2**70, 3)]:
    show(math.fmod, a, b)
    show(math.remainder, a, b)
show(math.remainder, 5, 2); show(math.remainder, 7, 2); show(math.remainder, -5, 2); show(math.remainder, inf, inf)
for a, b in [(1, 10), (0.5, -1074), (1, 1023), (1, 1024), (1.5, 2**70), (1, -2**70), (-1, 2000), (0.0, 5000),
             (inf, -10), (nan, 1), (3, True), (1, 2.0), (1, -1075)]:
    show(math.ldexp, a, b)
for a, b in [(1, 2), (1, 0), (0.0, 1), (0.0, -1), (-0.0, 0.0), (1e308, inf), (inf, 0), (nan, 1), (5, 5), (-1, -2)]:
    show(math.nextafter, a, b)
for args in [(), (3,), (-3,), (3, 4), (1, 2, 2), (1, 1, 1, 1), (inf, nan), (nan, 1), (1e200, 1e200), (1e308, 1e308), (1.5e308, 1.5e308, 1.5e308),
             (-0.0, 0), (True, True, True)]:
    show(math.hypot, *args)
for p, q in [((0, 0), (3, 4)), ((1, 2, 3), (4, 6, 3)), ([], []), ([1.5], [-1.5]), ((inf, 0), (0, 0)), ((1e308, 0), (-1e308, 0))]:
    show(math.dist, p, q)
print(math.pow(2, 0.5) == math.sqrt(2), math.exp(1) == math.e, math.log(math.e), math.expm1(1e-10), math.log1p(1e-10))
print(math.fabs(-2**53), math.modf(-3.75), math.frexp(0.1), math.ulp(1.0) == 2**-52, math.ulp(-inf))
