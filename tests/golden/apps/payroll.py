"""Payroll run over a class hierarchy of employees."""
from abc import ABC, abstractmethod
from functools import total_ordering
from typing import ClassVar, Iterator


@total_ordering
class Employee(ABC):
    _next_id: ClassVar[int] = 1000
    registry: ClassVar[dict[str, type]] = {}

    def __init_subclass__(cls, kind: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        if kind:
            Employee.registry[kind] = cls

    def __init__(self, name: str):
        self.name = name
        self.emp_id = Employee._next_id
        Employee._next_id += 1

    @abstractmethod
    def gross(self) -> float: ...

    @property
    def tax(self) -> float:
        g = self.gross()
        brackets = [(1000, 0.0), (3000, 0.15), (float("inf"), 0.30)]
        owed, lower = 0.0, 0.0
        for upper, rate in brackets:
            if g > lower:
                owed += (min(g, upper) - lower) * rate
            lower = upper
        return round(owed, 2)

    @property
    def net(self) -> float:
        return round(self.gross() - self.tax, 2)

    @classmethod
    def from_record(cls, record: str) -> "Employee":
        kind, name, *args = record.split(";")
        return Employee.registry[kind](name, *map(float, args))

    @staticmethod
    def money(x: float) -> str:
        return f"${x:,.2f}"

    def __eq__(self, other):
        return NotImplemented if not isinstance(other, Employee) else self.net == other.net

    def __lt__(self, other: "Employee") -> bool:
        return self.net < other.net

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, id={self.emp_id})"


class Salaried(Employee, kind="S"):
    def __init__(self, name: str, annual: float):
        super().__init__(name)
        self.annual = annual

    def gross(self) -> float:
        return self.annual / 12


class Hourly(Employee, kind="H"):
    OVERTIME = 1.5

    def __init__(self, name: str, rate: float, hours: float):
        super().__init__(name)
        self.rate, self.hours = rate, hours

    def gross(self) -> float:
        base = min(self.hours, 160) * self.rate
        extra = max(0.0, self.hours - 160) * self.rate * self.OVERTIME
        return base + extra


class Commissioned(Salaried, kind="C"):
    def __init__(self, name: str, annual: float, sales: float):
        super().__init__(name, annual)
        self.sales = sales

    def gross(self) -> float:
        return super().gross() + 0.04 * self.sales


records = ["S;Ada Lovelace;54000", "H;Bob Builder;22.5;172", "C;Cleo Seller;30000;61250",
           "H;Dan Part;18;80", "S;Eve Admin;12000"]
staff = [Employee.from_record(r) for r in records]


def payslips(people: list[Employee]) -> Iterator[str]:
    for e in sorted(people, reverse=True):
        yield (f"{e.emp_id} {e.name:<14} {type(e).__name__:<12} "
               f"{Employee.money(e.gross()):>10} {Employee.money(e.tax):>9} {Employee.money(e.net):>10}")


for line in payslips(staff):
    print(line)
print("registry:", {k: v.__name__ for k, v in Employee.registry.items()})
print("MRO:", [c.__name__ for c in Commissioned.__mro__])
print(min(staff), max(staff), staff[0] >= staff[4], staff[1] <= staff[3])
print(Employee.money(sum(e.net for e in staff)))
print(Hourly.OVERTIME, staff[1].OVERTIME, isinstance(staff[2], Salaried))
try:
    Employee("ghost")
except TypeError as exc:
    print("TypeError:", exc)
print(Employee.from_record("X;Nobody;1"))
