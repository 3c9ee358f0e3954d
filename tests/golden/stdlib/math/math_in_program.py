# A small geometry/statistics program using math via several import forms (import math as m,
# from math import ...), math functions as first-class values, and their names/reprs/types.
import math
import math as m
from math import sqrt, pi as PI, hypot, atan2, degrees, fsum, floor, ceil, isclose

points = [(0, 0), (3, 4), (-2.5, 1.5), (6, -8), (1e-3, 2), (-7, -7), (0.1, 0.2)]


def centroid(pts):
    n = len(pts)
    return fsum(x for x, _ in pts) / n, fsum(y for _, y in pts) / n


def polygon_area(pts):
    s = fsum(pts[i][0] * pts[i - 1][1] - pts[i - 1][0] * pts[i][1] for i in range(len(pts)))
    return abs(s) / 2


def stats(values):
    mean = fsum(values) / len(values)
    var = fsum((v - mean) ** 2 for v in values) / (len(values) - 1)
    return mean, var, sqrt(var)


cx, cy = centroid(points)
print("centroid", cx, cy)
for x, y in points:
    r = hypot(x - cx, y - cy)
    ang = degrees(atan2(y - cy, x - cx))
    print(f"({x}, {y}) r={r!r} angle={ang:.6f} bucket={floor(ang / 45)}..{ceil(ang / 45)} {math.copysign(1, ang)}")
radii = [hypot(x, y) for x, y in points]
print("radii", radii)
print("stats", stats(radii))
print("sorted by |x|", sorted((p[0] for p in points), key=math.fabs))
print("sqrt map", list(map(sqrt, [0, 1, 2, 9, 10**6])), list(map(m.floor, [1.5, -1.5, 2])))
print("area", polygon_area([(0, 0), (4, 0), (4, 3), (0, 3)]), polygon_area([(math.cos(k * m.tau / 6), m.sin(k * m.tau / 6)) for k in range(6)]))
print("circle", PI * 2.5 ** 2, m.pi is PI, math.pi is m.pi, m is math)
print(isclose(sum(radii), fsum(radii)), isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print("dist", math.dist(points[1], points[3]), math.dist((1, 2, 3), (4, 5, 6)))
fns = {"sqrt": sqrt, "exp": m.exp, "log": math.log, "floor": floor}
for name, f in fns.items():
    print(name, f.__name__, repr(f), type(f).__name__, f(7.5), f is getattr(math, name))
print(math.sqrt.__name__, repr(math.sqrt), str(math.floor), type(math.pi), type(math.sqrt))
print(math.__name__, type(math).__name__, callable(math.sqrt), callable(math.pi))
print(sorted(fns, key=lambda k: fns[k](2.0)), [f(0.5) for f in sorted(fns.values(), key=lambda f: f.__name__)])
print(max(points, key=lambda p: hypot(*p)), min(points, key=lambda p: math.atan2(p[1], p[0])))
compose = lambda *fs: (lambda x: [f(x) for f in fs])
print(compose(math.sin, math.cos, math.tan)(PI / 6))
grid = [[m.isqrt(i * j) for j in range(1, 6)] for i in range(1, 6)]
print(grid, math.prod(map(math.factorial, range(1, 6))), math.gcd(*[12 * k for k in range(1, 8)]))
ang_hist = {}
for x, y in points:
    key = int(m.degrees(m.atan2(y, x)) // 90)
    ang_hist[key] = ang_hist.get(key, 0) + 1
print(sorted(ang_hist.items()))
print([round(v, 3) for v in (m.e ** PI, PI ** m.e, m.log(m.e ** 3), m.trunc(-PI), m.fmod(-PI, 1), m.remainder(PI, 1))])
