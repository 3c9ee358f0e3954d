# math.fsum exactness vs sum(), its inf/nan/overflow behaviour and error texts; math.isclose with
# rel_tol/abs_tol (including invalid tolerances); isfinite/isinf/isnan over a table of values.
import math

inf, nan = float('inf'), float('nan')
tables = [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [], [5], [True, 2, 0.5],
          [1, 1e16, -1e16], [0.3, -0.1, -0.2], [1e308, 1e308], [1e308, 1e308, -1e308], [-0.0], [-0.0, -0.0],
          [0.0, -0.0], [inf, 1], [inf, -inf], [nan, 1], [inf, nan], [-inf, -inf], [2**1023 * 1.5, 2**1023 * 1.5, -1e308],
          [10**400], [2**60, 1], [2**53, 1.0, 1.0], [1.7976931348623157e308, 9.979201547673598e291],
          [1.7976931348623157e308, 9.979201547673597e291], ["1"], [1, None], [[1]], range(10), (x / 10 for x in range(10))]
for t in tables:
    shown = repr(t) if isinstance(t, (list, range)) else type(t).__name__
    shown = shown if len(shown) < 70 else shown[:67] + "..."
    try:
        print("fsum", shown, "->", repr(math.fsum(t)))
    except Exception as e:
        print("fsum", shown, "!", type(e).__name__, e)
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([0.1] * 10) == 1.0)
print(math.fsum(iter([1e-16] * 10 + [1.0])), sum([1e-16] * 10 + [1.0]), math.fsum({0.5: 1, 0.25: 2}))

cases = [((1.0, 1.0), {}), ((1.0, 1.0 + 1e-10), {}), ((1.0, 1.0 + 1e-8), {}), ((1.0, 1.1), {"rel_tol": 0.1}),
         ((1.0, 1.1), {"rel_tol": 0.09}), ((0.0, 1e-10), {}), ((0.0, 1e-10), {"abs_tol": 1e-9}),
         ((-0.0, 0.0), {}), ((inf, inf), {}), ((-inf, inf), {}), ((inf, 1e308), {"rel_tol": 1.0}),
         ((nan, nan), {}), ((nan, 1), {"abs_tol": inf}), ((1, 2), {"abs_tol": 1}), ((1, 2), {"abs_tol": 0.99}),
         ((10**20, 10**20 + 1), {}), ((True, 1.0), {}), ((1, 1), {"rel_tol": -0.1}), ((1, 1), {"abs_tol": -1}),
         ((1, 1), {"rel_tol": 0}), ((1, 1), {"rel_tol": inf}), ((1, 2), {"rel_tol": nan}), ((1, 1), {"tol": 1}),
         ((1, "1"), {}), ((1,), {}), ((1, 2), {"rel_tol": "x"})]
for args, kw in cases:
    try:
        print("isclose", args, kw, "->", math.isclose(*args, **kw))
    except Exception as e:
        print("isclose", args, kw, "!", type(e).__name__, e)

for x in [0, -0.0, 1, True, 2**1000, 1e308, 5e-324, inf, -inf, nan, 10**400, "x", None]:
    r = []
    for f in (math.isfinite, math.isinf, math.isnan):
        try:
            r.append(f(x))
        except Exception as e:
            r.append(f"{type(e).__name__}: {e}")
    print(type(x).__name__, repr(x)[:12], "finite/inf/nan:", r)
print(sorted([3.0, -inf, 1, inf, -0.0, 0]), math.inf > 10**400, -math.inf < -10**400, 10**400 > 1e308)
print(max(1, inf), min(-inf, -1e308), 1e308 * 10 == inf, 2**1024 > 1.7976931348623157e308)
