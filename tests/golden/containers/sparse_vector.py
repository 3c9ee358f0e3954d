"""A sparse vector type implementing the sequence, comparison, hashing and arithmetic protocols."""
from __future__ import annotations
from typing import Iterator, Iterable, overload
from functools import total_ordering


@total_ordering
class SparseVector:
    __slots__ = ("_dim", "_data")

    def __init__(self, dim: int, entries: dict[int, float] | None = None):
        if dim < 0:
            raise ValueError("dimension must be non-negative")
        self._dim = dim
        self._data = {i: v for i, v in (entries or {}).items() if v != 0}
        for i in self._data:
            if not 0 <= i < dim:
                raise IndexError(f"index {i} out of range for dimension {dim}")

    @classmethod
    def from_dense(cls, values: Iterable[float]) -> SparseVector:
        vals = list(values)
        return cls(len(vals), dict(enumerate(vals)))

    def __len__(self) -> int:
        return self._dim

    def _norm_index(self, i: int) -> int:
        if i < 0:
            i += self._dim
        if not 0 <= i < self._dim:
            raise IndexError("SparseVector index out of range")
        return i

    @overload
    def __getitem__(self, i: int) -> float: ...
    @overload
    def __getitem__(self, i: slice) -> SparseVector: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            idx = range(*i.indices(self._dim))
            return SparseVector(len(idx), {n: self._data[k] for n, k in enumerate(idx) if k in self._data})
        return self._data.get(self._norm_index(i), 0)

    def __setitem__(self, i: int, value: float) -> None:
        i = self._norm_index(i)
        if value:
            self._data[i] = value
        else:
            self._data.pop(i, None)

    def __iter__(self) -> Iterator[float]:
        for i in range(self._dim):
            yield self._data.get(i, 0)

    def __reversed__(self) -> Iterator[float]:
        return (self[i] for i in range(self._dim - 1, -1, -1))

    def __contains__(self, value: object) -> bool:
        return value in self._data.values() or (value == 0 and len(self._data) < self._dim)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SparseVector):
            return NotImplemented
        return self._dim == other._dim and self._data == other._data

    def __lt__(self, other: SparseVector) -> bool:
        return list(self) < list(other)

    def __hash__(self) -> int:
        return hash((self._dim, frozenset(self._data.items())))

    def __add__(self, other: SparseVector) -> SparseVector:
        if len(self) != len(other):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        out = dict(self._data)
        for i, v in other._data.items():
            out[i] = out.get(i, 0) + v
        return SparseVector(self._dim, out)

    def __mul__(self, k: float) -> SparseVector:
        return SparseVector(self._dim, {i: v * k for i, v in self._data.items()})

    __rmul__ = __mul__

    def __matmul__(self, other: SparseVector) -> float:
        return sum(v * other._data.get(i, 0) for i, v in self._data.items())

    def __neg__(self) -> SparseVector:
        return self * -1

    def __bool__(self) -> bool:
        return bool(self._data)

    def __repr__(self) -> str:
        inner = ", ".join(f"{i}: {v!r}" for i, v in sorted(self._data.items()))
        return f"SparseVector({self._dim}, {{{inner}}})"


a = SparseVector.from_dense([0, 3, 0, 0, 5.5, 0, 1])
b = SparseVector(7, {1: -3, 6: 2, 2: 0.25})
print(a, len(a), list(a))
print(a + b, a @ b, 2 * b, -a, b * 0.5)
print(a[1], a[-1], a[2:6], a[::3], a[::-1], list(reversed(b)))
print(3 in a, 0 in a, 4 in a, 5.5 in a, sum(a), max(b), sorted(b)[:3])
a[0] = 9
a[4] = 0
print(a, bool(SparseVector(3)), bool(a), a == SparseVector.from_dense(list(a)), a != b)
print(sorted([a, b, SparseVector(7)]), a > b, b >= b)
seen = {a, SparseVector.from_dense(list(a)), b}
print(len(seen), hash(a) == hash(SparseVector.from_dense(list(a))))
print(a.__eq__(3), a == 3, [x for x in b if x], dict(zip("abc", b)), tuple(b[4:]))
for bad in [lambda: a[7], lambda: a + SparseVector(3), lambda: SparseVector(2, {5: 1}), lambda: a.extra]:
    try:
        bad()
    except (IndexError, ValueError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    a.note = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(a < [1, 2])
