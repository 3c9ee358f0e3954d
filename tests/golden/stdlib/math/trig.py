# Trigonometric and hyperbolic functions, degrees/radians over a table of inputs (signed zeros,
# infinities, nan, big ints, bools), domain/range error texts, and atan2 over all sign combinations.
import math

inf, nan = float('inf'), float('nan')
xs = [0, 0.0, -0.0, 1, -1, True, 0.5, -0.5, 2, math.pi, -math.pi / 2, math.pi / 4, 1e-300, 1e22, 710, -711,
      2**64, inf, -inf, nan]
funcs = [math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh,
         math.asinh, math.acosh, math.atanh, math.degrees, math.radians]
for f in funcs:
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except Exception as e:
            out.append(f"{type(e).__name__}({e})")
    print(f.__name__)
    for i in range(0, len(xs), 5):
        print("  ", " | ".join(f"{xs[j]!r}: {out[j]}" for j in range(i, min(i + 5, len(xs)))))

vals = [0.0, -0.0, 1.0, -1.0, inf, -inf, nan]
for y in vals:
    print("atan2", repr(y), [math.atan2(y, x) for x in vals])
print(math.atan2(1, 1) * 4 == math.pi, math.atan2(True, False), math.atan2(-2**70, 3))

print([math.degrees(r) for r in (math.pi, math.tau, math.pi / 6, -math.pi / 3)])
print([math.radians(d) for d in (180, 360, 30, -60, 90.0, 45)])
print([round(math.sin(math.radians(d)), 12) for d in range(0, 361, 45)])
print([math.cos(k * math.pi) for k in range(5)])
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4), math.tan(math.pi / 2))
print(math.asin(1) * 2 == math.pi, math.acos(-1) == math.pi, math.atan(inf) * 2 == math.pi)
print(math.sinh(1e-5), math.tanh(20), math.tanh(-20), math.cosh(-710.4), math.asinh(-1e300), math.acosh(1e300))
for x in (1.0000000001, -1.0000000001, 1, -1):
    for f in (math.asin, math.acos, math.atanh, math.acosh):
        try:
            print(f.__name__, x, f(x))
        except ValueError as e:
            print(f.__name__, x, "ValueError:", e)
