# Properties with validating setters/deleters, nested classes, annotated class attributes.
from typing import ClassVar, Optional


class Thermostat:
    MIN: ClassVar[float] = 5.0
    MAX: ClassVar[float] = 30.0
    instances: ClassVar[int] = 0
    name: str
    _target: float

    class Mode:
        HEAT = "heat"
        COOL = "cool"
        OFF = "off"
        ALL = (HEAT, COOL, OFF)

    class Error(ValueError):
        def __init__(self, field, value):
            super().__init__(f"bad {field}: {value!r}")
            self.field = field

    def __init__(self, name: str, target: float = 20.0) -> None:
        Thermostat.instances += 1
        self.name = name
        self.target = target
        self._mode: Optional[str] = None
        self.changes: list[str] = []

    @property
    def target(self) -> float:
        return self._target

    @target.setter
    def target(self, value: float) -> None:
        if not (self.MIN <= value <= self.MAX):
            raise Thermostat.Error("target", value)
        self._target = round(value * 2) / 2

    @property
    def mode(self) -> str:
        return self._mode or Thermostat.Mode.OFF

    @mode.setter
    def mode(self, value: str) -> None:
        if value not in self.Mode.ALL:
            raise self.Error("mode", value)
        self.changes.append(f"{self.mode}->{value}")
        self._mode = value

    @mode.deleter
    def mode(self) -> None:
        self.changes.append("reset")
        self._mode = None


t = Thermostat("hall", 21.3)
print(t.name, t.target, t.mode, Thermostat.instances)
t.target = 18.76
t.mode = Thermostat.Mode.HEAT
t.mode = "cool"
for bad in [("target", 40), ("mode", "turbo"), ("target", 4.9)]:
    try:
        setattr(t, *bad)
    except Thermostat.Error as e:
        print(type(e).__qualname__, e, e.field, isinstance(e, ValueError))
del t.mode
print(t.target, t.mode, t.changes)
try:
    Thermostat("attic", 99)
except ValueError as e:
    print("ValueError:", e)
print(Thermostat.instances, Thermostat.Mode.ALL, Thermostat.Mode.__qualname__)
print(sorted(Thermostat.__annotations__), type(Thermostat.target).__name__)
print(Thermostat.target.fset is not None, Thermostat.mode.fdel is not None, "name" in vars(Thermostat))
