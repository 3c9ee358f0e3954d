"""Matrix class with operator overloading, Fractions-free exact arithmetic via ints, and errors."""
from __future__ import annotations
from functools import total_ordering
from typing import Iterable, Sequence, Union

Number = Union[int, float]


class ShapeError(ValueError):
    pass


class Matrix:
    def __init__(self, rows: Iterable[Iterable[Number]]) -> None:
        self.rows = [list(r) for r in rows]
        widths = {len(r) for r in self.rows}
        if len(widths) > 1:
            raise ShapeError(f"ragged rows: widths {sorted(widths)}")

    @classmethod
    def identity(cls, n: int) -> Matrix:
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __getitem__(self, ij: tuple[int, int]) -> Number:
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij: tuple[int, int], v: Number) -> None:
        i, j = ij
        self.rows[i][j] = v

    def _check(self, other: Matrix, op: str) -> None:
        if self.shape != other.shape:
            raise ShapeError(f"cannot {op} {self.shape} and {other.shape}")

    def __add__(self, other: Matrix) -> Matrix:
        if not isinstance(other, Matrix):
            return NotImplemented
        self._check(other, "add")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other: Matrix) -> Matrix:
        return self + (-other)

    def __neg__(self) -> Matrix:
        return self * -1

    def __mul__(self, k: Number) -> Matrix:
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other: Matrix) -> Matrix:
        (n, m), (p, q) = self.shape, other.shape
        if m != p:
            raise ShapeError(f"cannot multiply {n}x{m} by {p}x{q}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n: int) -> Matrix:
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def T(self) -> Matrix:
        return Matrix(zip(*self.rows))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __iter__(self):
        return iter(self.rows)

    def __repr__(self) -> str:
        return f"Matrix({self.rows!r})"

    def __str__(self) -> str:
        cells = [[f"{v:g}" if isinstance(v, float) else str(v) for v in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def det(self) -> Number:
        n, m = self.shape
        if n != m:
            raise ShapeError("determinant of non-square matrix")
        if n == 1:
            return self[0, 0]
        return sum((-1) ** j * self[0, j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det()
                   for j in range(n))


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, sep="\n---\n")
print(repr(2 * A), repr(A * 0.5))
print(A @ B)
print((A @ B).T() == B.T() @ A.T(), A == [[1, 2], [3, 4]], A != B)
F = Matrix([[1, 1], [1, 0]])
print((F ** 50)[0, 1], (F ** 0) == Matrix.identity(2))
M = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(M.det(), Matrix.identity(4).det(), M.shape, M.T().shape)
M[1, 1] = 7.5
print(M)
print([sum(r) for r in M], max(max(r) for r in M))
try:
    hash(A)
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: Matrix([[1, 2], [3]]), lambda: A + Matrix([[1]]), lambda: A @ M, lambda: A + 1):
    try:
        bad()
    except (ShapeError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2]]))
