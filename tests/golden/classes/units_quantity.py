"""Physical quantities: a float subclass per unit plus a generic Quantity with full numeric dunders."""
from functools import total_ordering
from typing import Union

Number = Union[int, float]


class Celsius(float):
    def __new__(cls, value: Number) -> "Celsius":
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        return super().__new__(cls, value)

    def to_fahrenheit(self) -> float:
        return self * 9 / 5 + 32

    def __repr__(self) -> str:
        return f"{float(self):.1f}°C"


class Meters(int):
    def __repr__(self) -> str:
        return f"{int(self)} m"


@total_ordering
class Quantity:
    __slots__ = ("value", "unit")

    def __init__(self, value: Number, unit: str):
        self.value = value
        self.unit = unit

    def _check(self, other: "Quantity") -> None:
        if self.unit != other.unit:
            raise TypeError(f"cannot combine {self.unit!r} with {other.unit!r}")

    def __add__(self, other):
        if isinstance(other, Quantity):
            self._check(other)
            return Quantity(self.value + other.value, self.unit)
        if other == 0:
            return self
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other: "Quantity") -> "Quantity":
        self._check(other)
        return Quantity(self.value - other.value, self.unit)

    def __mul__(self, k):
        if isinstance(k, Quantity):
            return Quantity(self.value * k.value, f"{self.unit}*{k.unit}")
        return Quantity(self.value * k, self.unit)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return self.value / other.value if other.unit == self.unit else \
                Quantity(self.value / other.value, f"{self.unit}/{other.unit}")
        return Quantity(self.value / other, self.unit)

    def __pow__(self, n: int) -> "Quantity":
        return Quantity(self.value ** n, f"{self.unit}^{n}")

    def __neg__(self) -> "Quantity":
        return Quantity(-self.value, self.unit)

    def __abs__(self) -> "Quantity":
        return Quantity(abs(self.value), self.unit)

    def __round__(self, ndigits: int = 0) -> "Quantity":
        return Quantity(round(self.value, ndigits), self.unit)

    def __eq__(self, other) -> bool:
        return isinstance(other, Quantity) and (self.value, self.unit) == (other.value, other.unit)

    def __lt__(self, other: "Quantity") -> bool:
        self._check(other)
        return self.value < other.value

    def __hash__(self) -> int:
        return hash((self.value, self.unit))

    def __float__(self) -> float:
        return float(self.value)

    def __bool__(self) -> bool:
        return self.value != 0

    def __format__(self, spec: str) -> str:
        return f"{format(self.value, spec)} {self.unit}"

    def __repr__(self) -> str:
        return f"Quantity({self.value!r}, {self.unit!r})"


legs = [Quantity(12.5, "km"), Quantity(8.25, "km"), Quantity(21.1, "km")]
total = sum(legs)
print(f"total {total:.2f}, longest {max(legs):.1f}, sorted {sorted(legs, reverse=True)}")
time = Quantity(2.5, "h")
speed = total / time
print(f"speed {speed:.3f}; ratio {legs[2] / legs[0]:.3f}; area {(legs[0] * legs[1]):.1f}; sq {legs[1] ** 2:.4f}")
print(round(Quantity(3.14159, "rad"), 2), abs(-legs[0]), -legs[1], 3 * legs[0], float(legs[2]), bool(Quantity(0, "g")))
print(legs[0] == Quantity(12.5, "km"), legs[0] != legs[1], legs[0] >= legs[1], len({legs[0], Quantity(12.5, "km")}))
print(Quantity(1, "m") in [Quantity(1.0, "m")], f"{Quantity(1234567.891, 'mm'):>20,.1f}|")

temps = [Celsius(21.5), Celsius(-3), Celsius(100)]
print(temps, [f"{t.to_fahrenheit():.1f}F" for t in temps], max(temps), sum(temps) / len(temps))
print(Celsius(20) + 1, type(Celsius(20) + 1).__name__, Celsius(37) > 36.5, isinstance(temps[0], float), f"{temps[0]:.3f}")
m = Meters(1200)
print(m, m + 5, type(m * 2).__name__, m // 7, divmod(m, 500), Meters(3) == 3, hex(Meters(255)), str(m))
for bad in [lambda: Celsius(-300), lambda: legs[0] + time, lambda: legs[0] < time, lambda: legs[0] + "1 km",
            lambda: time - 1, lambda: Celsius(5) + "C", lambda: Meters(4) < "5", lambda: -Celsius(2) @ 3]:
    try:
        print("no error:", bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    legs[0].note = "scenic"
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([Meters(5), 3, Celsius(4.5), 2.5]))
print(max(temps, key=lambda t: -t) < time)
