"""A dense Matrix type: tuple indexing, row slicing, iteration, equality/hash, @, in-place ops, and Gaussian elimination."""
from __future__ import annotations
from typing import Iterable, Iterator, Sequence, SupportsFloat, overload
from functools import reduce


class Matrix:
    __match_args__ = ("rows", "cols")

    def __init__(self, data: Iterable[Iterable[float]]):
        self._d = [list(r) for r in data]
        widths = {len(r) for r in self._d}
        if len(widths) > 1:
            raise ValueError(f"ragged rows: widths {sorted(widths)}")
        self.rows, self.cols = len(self._d), (widths.pop() if widths else 0)

    @classmethod
    def identity(cls, n: int) -> Matrix:
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r: int, c: int) -> Matrix:
        return cls([[0] * c for _ in range(r)])

    @overload
    def __getitem__(self, key: tuple[int, int]) -> float: ...
    @overload
    def __getitem__(self, key: int | slice) -> Matrix: ...
    def __getitem__(self, key):
        match key:
            case (int(i), int(j)):
                return self._d[i][j]
            case (slice() as rs, slice() as cs):
                return Matrix(row[cs] for row in self._d[rs])
            case int(i):
                return Matrix([self._d[i]])
            case slice():
                return Matrix(self._d[key])
        raise TypeError(f"invalid index {key!r}")

    def __setitem__(self, key: tuple[int, int], value: float) -> None:
        i, j = key
        self._d[i][j] = value

    def __iter__(self) -> Iterator[tuple[float, ...]]:
        return (tuple(r) for r in self._d)

    def __len__(self) -> int:
        return self.rows

    def __contains__(self, value: object) -> bool:
        return any(value in r for r in self._d)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self._d == other._d

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: Matrix) -> Matrix:
        self._same_shape(other)
        return Matrix([a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self._d, other._d))

    def __iadd__(self, other: Matrix) -> Matrix:
        self._same_shape(other)
        for r1, r2 in zip(self._d, other._d):
            for j, b in enumerate(r2):
                r1[j] += b
        return self

    def __mul__(self, k: float) -> Matrix:
        return Matrix([x * k for x in r] for r in self._d)

    __rmul__ = __mul__

    def __matmul__(self, other: Matrix) -> Matrix:
        if self.cols != other.rows:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        cols = list(zip(*other._d))
        return Matrix([sum(a * b for a, b in zip(r, c)) for c in cols] for r in self._d)

    def __pow__(self, n: int) -> Matrix:
        return reduce(lambda acc, _: acc @ self, range(n), Matrix.identity(self.rows))

    def _same_shape(self, other: Matrix) -> None:
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")

    @property
    def shape(self) -> tuple[int, int]:
        return self.rows, self.cols

    @property
    def T(self) -> Matrix:
        return Matrix(zip(*self._d))

    def __repr__(self) -> str:
        return f"Matrix({self._d})"

    def __str__(self) -> str:
        cells = [[f"{x:g}" for x in r] for r in self._d]
        w = max((len(c) for r in cells for c in r), default=1)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


def solve(a: Matrix, b: Sequence[float]) -> list[float]:
    n = a.rows
    m = [list(map(float, row)) + [float(b[i])] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            raise ZeroDivisionError(f"matrix is singular (column {col})")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [round(m[i][n] / m[i][i], 10) for i in range(n)]


A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
print(A, A.shape, len(A), A[1, 2], A[0], A[1:], A[:2, 1:], sep="\n")
print(A.T == Matrix([[2, -3, -2], [1, -1, 1], [-1, 2, 2]]), -3 in A, 7 in A, list(A)[2])
print(A @ Matrix.identity(3) == A, (A @ A.T).shape, A + A == 2 * A, hash(A) == hash(Matrix(list(A))))
print(solve(A, [8, -11, -3]), Matrix([[1, 1], [1, 0]]) ** 10)
B = Matrix.zeros(2, 3)
alias = B
B += Matrix([[1, 2, 3], [4, 5, 6]])
B[0, 0] = 10
print(B is alias, repr(B), str(B * 0.5))
match B:
    case Matrix(rows=2, cols=c) if c > 2:
        print("wide 2-row matrix with", c, "columns")
    case Matrix(r, c):
        print("other", r, c)
for bad in [lambda: Matrix([[1, 2], [3]]), lambda: A @ B, lambda: A + B, lambda: A["x"],
            lambda: solve(Matrix([[1, 2], [2, 4]]), [1, 2]), lambda: {A: 1}[Matrix.identity(3)]]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError, KeyError) as e:
        print(f"{type(e).__name__}: {e}")
print(Matrix([]).shape, str(Matrix([[]])), sorted([Matrix([[2]]), Matrix([[1]])], key=lambda m: m[0, 0]))
print(A < B)
