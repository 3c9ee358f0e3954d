"""Exact Fraction and 2D Vector value classes: total_ordering, hashing, sets and dict keys."""
from __future__ import annotations
from functools import total_ordering
from dataclasses import dataclass
from typing import NamedTuple


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


@total_ordering
class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n: int, d: int = 1) -> None:
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g

    @staticmethod
    def _coerce(x: object) -> Frac | None:
        if isinstance(x, Frac): return x
        if isinstance(x, int): return Frac(x)
        return None

    def __add__(self, o): o = self._coerce(o); return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __radd__(self, o): return self + o
    def __sub__(self, o): o = self._coerce(o); return NotImplemented if o is None else self + Frac(-o.n, o.d)
    def __rsub__(self, o): return Frac(o) - self
    def __mul__(self, o): o = self._coerce(o); return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = self._coerce(o); return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __neg__(self): return Frac(-self.n, self.d)
    def __abs__(self): return Frac(abs(self.n), self.d)
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __bool__(self): return self.n != 0

    def __eq__(self, o: object) -> bool:
        o2 = self._coerce(o)
        if o2 is None:
            return float(self) == o if isinstance(o, float) else NotImplemented
        return (self.n, self.d) == (o2.n, o2.d)

    def __lt__(self, o: object) -> bool:
        o2 = self._coerce(o)
        if o2 is None:
            return NotImplemented
        return self.n * o2.d < o2.n * self.d

    def __hash__(self) -> int:
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __repr__(self) -> str:
        return f"Frac({self.n}, {self.d})"

    def __str__(self) -> str:
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec) if not spec or spec[-1] not in "fe%g" else format(float(self), spec)


class Vec(NamedTuple):
    x: Frac | int
    y: Frac | int

    def __add__(self, o: Vec) -> Vec:  # type: ignore[override]
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k) -> Vec:  # type: ignore[override]
        return Vec(self.x * k, self.y * k)

    def dot(self, o: Vec):
        return self.x * o.x + self.y * o.y


h = Frac(1, 2); t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 3 * t, -h, abs(Frac(-3, 4)))
print(repr(Frac(6, -8)), Frac(4, 2), float(Frac(1, 8)), int(Frac(-7, 2)), bool(Frac(0, 5)))
print(h > t, h >= Frac(2, 4), t <= h, h == 0.5, Frac(2) == 2, h != t, sorted([h, t, Frac(-1), 1]))
print(sum([Frac(1, n) for n in range(1, 7)]), sum((Frac(1, 2 ** k) for k in range(10)), Frac(0)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(4), 4}), {Frac(3): "three"}[3])
print(f"{h:>6}|{t:<6}|{t:.4f}|{h:%}|{Frac(22, 7):^9}|")
print(min([h, t, Frac(5, 12)]), max(Frac(7, 3), 2))
v, w = Vec(h, 1), Vec(t, Frac(-2, 3))
print(v + w, v * 6, v.dot(w), v._replace(y=0), Vec._fields)
cnt: dict[Frac, int] = {}
for a in range(1, 5):
    for b in range(1, 5):
        cnt[Frac(a, b)] = cnt.get(Frac(a, b), 0) + 1
print(sorted((f, c) for f, c in cnt.items() if c > 1))
print(h < 0.75)
