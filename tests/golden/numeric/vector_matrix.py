"""2D/3D vectors and small matrices with the full set of arithmetic dunders."""


class Vec:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return "Vec(" + ", ".join(f"{x:g}" if isinstance(x, float) else str(x) for x in self.xs) + ")"

    def __format__(self, spec):
        return "<" + " ".join(format(x, spec) for x in self.xs) + ">"

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]

    def __iter__(self):
        return iter(self.xs)

    def _check(self, other):
        if not isinstance(other, Vec):
            return False
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vec(*(a - b for a, b in zip(self, other)))

    def __iadd__(self, other):
        print("  (iadd)")
        return self + other

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self))
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(*(a / k for a in self))

    def __matmul__(self, other):
        if isinstance(other, Vec):
            self._check(other)
            return sum(a * b for a, b in zip(self, other))
        return NotImplemented

    def __neg__(self):
        return -1 * self

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __bool__(self):
        return any(self.xs)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __hash__(self):
        return hash(self.xs)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        width = max(len(f"{v:g}") for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{width}g}" for v in r) + "]" for r in self.rows)

    def __matmul__(self, other):
        if isinstance(other, Vec):
            return Vec(*(Vec(*r) @ other for r in self.rows))
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return NotImplemented

    def __rmatmul__(self, v):
        return Vec(*(sum(v[i] * self.rows[i][j] for i in range(self.n)) for j in range(self.m)))

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] *
                   Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(self.m))

    def T(self):
        return Matrix(zip(*self.rows))


v, w = Vec(3, 4), Vec(1.5, -2)
print(v + w, v - w, 2 * v, v * 0.5, v / 4, -w)
print(abs(v), v @ w, bool(Vec(0, 0)), bool(v), v[0], v[-1:], len(v))
print(f"{w:+.2f}", f"{v:03d}", format(Vec(1, 22, 333), ">4"))
acc = Vec(0, 0)
for step in [v, w, Vec(-1, 1)]:
    acc += step
print(acc, acc == Vec(3.5, 3), {v: "v", Vec(3, 4): "again"})
fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10)
print([(fib ** n).rows[0][1] for n in range(1, 15)])
rot = Matrix([[0, -1], [1, 0]])
print(rot @ Vec(1, 0), Vec(1, 0) @ rot, (rot ** 4).rows == Matrix.identity(2).rows)
m3 = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print(m3.det(), m3.T().det(), (m3 @ m3.T()).det())
print(m3 @ Matrix.identity(3))
print(Matrix([[0.5, 1.25], [2, 3]]) @ Matrix([[4], [8]]))
for bad in [lambda: v + 1, lambda: "s" * v, lambda: v @ 3, lambda: v + Vec(1, 2, 3)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Matrix([[1, 2, 3]]) @ Matrix([[1, 2]]))
