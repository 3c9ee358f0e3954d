# erf, erfc, gamma, lgamma over a table of inputs: poles, negative integers, overflow and
# underflow, signed zeros, inf/nan, with their ValueError/OverflowError texts.
import math

inf, nan = float('inf'), float('nan')
xs = [0, 0.0, -0.0, 1, 2, 5, 10, 0.5, -0.5, -1, -2, -2.5, 1e-300, -1e-300, 30, 171, 171.7, 172, -171.5,
      -180.5, 1e300, -1e300, 2**64, True, inf, -inf, nan]
for f in (math.erf, math.erfc, math.gamma, math.lgamma):
    print("==", f.__name__)
    for x in xs:
        try:
            print(repr(x), "->", repr(f(x)))
        except Exception as e:
            print(repr(x), "!", type(e).__name__, e)
print([math.gamma(n) == math.factorial(n - 1) for n in range(1, 20)])
print(math.gamma(0.5) ** 2, math.lgamma(0.5), math.erf(1) + math.erfc(1), math.erfc(-30), math.erfc(30))
print([round(math.erf(x / 10), 10) for x in range(-20, 21, 5)])
for bad in ("1", None, 10**400):
    for f in (math.erf, math.gamma):
        try:
            print(f(bad))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
