# math constants: pi, e, tau, inf, nan -- their reprs, types, identities and comparisons,
# plus how they print via str/format and arithmetic with them.
import math

print(math.pi, repr(math.pi), str(math.pi))
print(math.e, repr(math.e))
print(math.tau, math.tau == 2 * math.pi)
print(math.inf, repr(math.inf), -math.inf)
print(math.nan, repr(math.nan), -math.nan)
print(type(math.pi).__name__, type(math.inf).__name__, type(math.nan).__name__)
print(math.inf == float('inf'), -math.inf == float('-inf'), math.inf > 1e308)
print(math.isnan(math.nan), math.isnan(math.inf), math.isinf(math.inf), math.isinf(-math.inf))
print(math.nan == math.nan, math.nan != math.nan, math.nan is math.nan)
print(math.nan < 1, math.nan > 1, math.nan == float('nan'))
print(math.inf - math.inf, math.inf * 0, math.inf + 1, 1 / math.inf)
print(math.pi * 2, math.e ** 2, round(math.pi, 4), round(math.e, 2))
print(f"{math.pi:.10f} {math.e:e} {math.tau:g} {math.inf:f} {math.nan:.3f}")
print("%.15g %r %s" % (math.pi, math.e, math.tau))
print(math.pi.hex(), math.e.hex(), math.inf.hex(), float.hex(math.tau))
print(math.pi.as_integer_ratio())
print(int(math.pi), int(math.e), int(math.tau))
print(hash(math.pi) == hash(math.pi), hash(math.inf), hash(-math.inf))
print(math.pi.is_integer(), math.inf.is_integer(), math.nan.is_integer())
for name in ("pi", "e", "tau", "inf", "nan"):
    v = getattr(math, name)
    print(name, v, v == v, abs(v), bool(v))
try:
    int(math.inf)
except Exception as e:
    print(type(e).__name__, e)
try:
    int(math.nan)
except Exception as e:
    print(type(e).__name__, e)
print(max(math.pi, math.e, math.tau), min(math.pi, math.e), sorted([math.tau, math.e, math.pi]))
print(math.pi == 3.141592653589793, math.e == 2.718281828459045, math.tau == 6.283185307179586)
