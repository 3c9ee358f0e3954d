class Vector:
    __slots__ = ("_xs",)

    def __init__(self, *xs):
        self._xs = tuple(xs)

    @classmethod
    def zeros(cls, n):
        return cls(*[0] * n)

    def __repr__(self):
        return f"{type(self).__name__}{self._xs!r}"

    def __len__(self):
        return len(self._xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(*self._xs[i])
        return self._xs[i]

    def __iter__(self):
        return iter(self._xs)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._xs == other._xs

    def __hash__(self):
        return hash(self._xs)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return type(self)(*(a + b for a, b in zip(self, other, strict=True)))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return type(self)(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __bool__(self):
        return any(self._xs)

    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self) + ">"

    def __iadd__(self, other):
        return self + other


class Vec2(Vector):
    @property
    def x(self):
        return self[0]


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v * 2, 3 * v, v @ w, -v, abs(Vector(3, 4)), bool(Vector.zeros(2)), bool(v))
print(v[1:], v[::-1], len(v), list(v), 2 in v, f"{v:.2f}", f"{Vector(1.5, 2):>5}")
print(v == Vector(1, 2, 3), v != w, len({v, Vector(1, 2, 3), w}), Vec2(1, 2) + Vec2(3, 4), Vec2(7, 8).x)
u = v
u += w
print(u, v, u is v)
print(sum([v, w], Vector.zeros(3)), sorted([w, v], key=abs), max([v, w], key=lambda z: z[0]))
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v + Vector(1)
except ValueError as e:
    print("ValueError:", e)
try:
    v * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
print(v + 1)
