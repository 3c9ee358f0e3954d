# math.cbrt and math.exp2 (both new in Python 3.11) over a table of inputs, including
# signed zeros, negatives, overflow/underflow, big ints, inf/nan and bad argument types.
import math

inf, nan = float('inf'), float('nan')
xs = [0, 0.0, -0.0, 1, -1, 8, -27, 2, 0.001, 1e-300, 1e300, -1e308, 10, 0.5, -1074, -1075, 1023, 1024,
      2**64, True, inf, -inf, nan, 10**400, "8", None]
for f in (math.cbrt, math.exp2):
    print("==", f.__name__, repr(f))
    for x in xs:
        label = repr(x) if not (type(x) is int and x > 10**100) else "10**400"
        try:
            print(label, "->", repr(f(x)))
        except Exception as e:
            print(label, "!", type(e).__name__, e)
print([math.cbrt(n ** 3) == n for n in range(-10, 11)])
print([math.exp2(n) == 2.0 ** n for n in range(-20, 21)])
print(math.exp2(0.5) == math.sqrt(2), math.cbrt(2) ** 3, math.exp2(-1022.5))
for bad in ((), (1, 2)):
    try:
        math.cbrt(*bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        math.exp2(*bad)
    except TypeError as e:
        print("TypeError", e)
