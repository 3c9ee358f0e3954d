"""Operator overloading idioms: a vector, total_ordering, and a matrix with @."""
from functools import total_ordering



class Vector:
    typecode = "d"

    def __init__(self, *components):
        self._c = tuple(float(x) for x in components)

    def __iter__(self):
        return iter(self._c)

    def __len__(self):
        return len(self._c)

    def __repr__(self):
        return f"Vector({', '.join(repr(x) for x in self._c)})"

    def __str__(self):
        return str(self._c)

    def __eq__(self, other):
        if isinstance(other, Vector):
            return self._c == other._c
        return NotImplemented

    def __hash__(self):
        h = 0
        for x in self._c:
            h ^= hash(x)
        return h

    def __abs__(self):
        return sum(x * x for x in self) ** 0.5

    def __bool__(self):
        return bool(abs(self))

    def __add__(self, other):
        try:
            return Vector(*(a + b for a, b in zip(self, other, strict=True)))
        except TypeError:
            return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self + other

    def __mul__(self, scalar):
        if isinstance(scalar, (int, float)):
            return Vector(*(x * scalar for x in self))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __neg__(self):
        return Vector(*(-x for x in self))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Vector(*self._c[index])
        return self._c[index]


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        if isinstance(other, Matrix):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Vector(*(sum(a * b for a, b in zip(r, other)) for r in self.rows))

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        for _ in range(n):
            result @= self
        return result

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


def main():
    v = Vector(3, 4)
    w = Vector(1, 2)
    print(v, repr(w), abs(v), bool(Vector(0, 0)), len(v))
    print(v + w, v * 2, 3 * w, -v, v @ w, v[0], v[::-1])
    print(sum([v, w, Vector(1, 1)]), v == Vector(3.0, 4.0), v != w, v == (3, 4))
    print(hash(v) == hash(Vector(3, 4)), len({v, Vector(3, 4), w}))
    print(v + [10, 20])
    try:
        v + [1, 2, 3]
    except (TypeError, ValueError) as e:
        print("length mismatch:", e)
    try:
        print(v * "x")
    except TypeError as e:
        print("bad scalar:", e)

    versions = [Version(s) for s in ["1.10.0", "1.2", "1.2.1", "0.9.9", "1.2"]]
    print(sorted(versions), max(versions), min(versions))
    print(Version("1.2") <= Version("1.2"), Version("2.0") > Version("1.99"), Version("1.0") >= Version("1.0.1"))

    fib = Matrix([[1, 1], [1, 0]])
    print(fib ** 10, (fib ** 90).rows[0][1])
    print(Matrix([[2, 0], [0, 3]]) @ Vector(1, 1))
    m = Matrix([[1, 2], [3, 4]])
    m @= Matrix([[0, 1], [1, 0]])
    print(m)
    print(Version("1.0") < "2.0")


main()
