"""Vending machine: StrEnum states, Flag faults, match on (state, event) with class patterns, and an audit trail."""
from dataclasses import dataclass, field
from enum import StrEnum, Flag, auto
from typing import Union


class State(StrEnum):
    IDLE = auto()
    COLLECTING = auto()
    VENDING = auto()
    OUT_OF_SERVICE = auto()


class Fault(Flag):
    NONE = 0
    COIN_JAM = auto()
    DOOR_OPEN = auto()
    NO_CHANGE = auto()


@dataclass(frozen=True)
class Coin:
    cents: int

@dataclass(frozen=True)
class Select:
    slot: str

@dataclass(frozen=True)
class Cancel:
    pass

@dataclass(frozen=True)
class Service:
    set_faults: Fault = Fault.NONE
    clear: Fault = Fault.NONE

Event = Union[Coin, Select, Cancel, Service]
VALID_COINS = {5, 10, 25, 100}


@dataclass
class Machine:
    stock: dict[str, tuple[str, int, int]]     # slot -> (name, price, count)
    state: State = State.IDLE
    credit: int = 0
    faults: Fault = Fault.NONE
    trail: list[str] = field(default_factory=list)

    def emit(self, msg: str) -> None:
        self.trail.append(f"{self.state:<14}| {msg}")

    def change(self, amount: int) -> list[int]:
        coins = []
        for c in sorted(VALID_COINS, reverse=True):
            n, amount = divmod(amount, c)
            coins += [c] * n
        return coins

    def handle(self, ev: Event) -> None:
        match self.state, ev:
            case _, Service(set_faults=f, clear=c):
                self.faults = (self.faults | f) & ~c
                self.state = State.OUT_OF_SERVICE if self.faults else State.IDLE
                self.emit(f"service: faults now {self.faults!r}")
            case State.OUT_OF_SERVICE, _:
                self.emit(f"ignored {type(ev).__name__} while out of service ({self.faults.name})")
            case State.IDLE | State.COLLECTING, Coin(cents=c) if c in VALID_COINS:
                self.credit += c
                self.state = State.COLLECTING
                self.emit(f"credit {self.credit}")
            case _, Coin(cents=c):
                self.emit(f"rejected coin {c}")
            case State.COLLECTING, Select(slot) if slot not in self.stock:
                self.emit(f"no such slot {slot!r}")
            case State.COLLECTING, Select(slot):
                name, price, count = self.stock[slot]
                if count == 0:
                    self.emit(f"{name} sold out")
                elif self.credit < price:
                    self.emit(f"{name} costs {price}, insert {price - self.credit} more")
                else:
                    self.state = State.VENDING
                    self.stock[slot] = (name, price, count - 1)
                    back = self.change(self.credit - price)
                    self.emit(f"vend {name}; change {back or 'none'}")
                    self.credit = 0
                    self.state = State.IDLE
            case State.COLLECTING, Cancel():
                self.emit(f"refund {self.change(self.credit)}")
                self.credit = 0
                self.state = State.IDLE
            case State.IDLE, Select() | Cancel():
                self.emit("insert coins first")
            case _:
                raise RuntimeError(f"unhandled {ev!r} in state {self.state!r}")


m = Machine({"A1": ("Cola", 125, 2), "A2": ("Water", 90, 0), "B1": ("Chips", 65, 5)})
script: list[Event] = [Select("A1"), Coin(100), Coin(3), Select("A1"), Coin(25), Coin(25), Select("A1"),
                       Coin(100), Select("A2"), Select("Z9"), Select("B1"), Coin(10), Cancel(),
                       Service(set_faults=Fault.COIN_JAM | Fault.DOOR_OPEN), Coin(25),
                       Service(clear=Fault.COIN_JAM), Service(clear=Fault.DOOR_OPEN), Coin(100), Coin(25),
                       Select("A1"), Coin(100), Coin(25), Select("A1")]
for ev in script:
    m.handle(ev)
print("\n".join(m.trail))
print(m.stock, m.state, repr(m.state), m.state == "idle", State("vending").name, list(State)[-1].value)
print(Fault.COIN_JAM | Fault.NO_CHANGE, Fault(6), [f.name for f in Fault], Fault.NONE in Fault.COIN_JAM, ~Fault.NONE)
print(Coin(5) == Coin(5), len({Coin(5), Coin(5), Coin(10)}), Select.__match_args__, Service())
m.state = State.VENDING
m.handle(Select("B1"))
