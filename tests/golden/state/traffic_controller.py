"""Intersection controller: an enum state machine driven by timer ticks and events."""
from enum import Enum, IntEnum, auto
from dataclasses import dataclass, field
from typing import Callable, Optional


class Light(Enum):
    RED = auto()
    RED_AMBER = auto()
    GREEN = auto()
    AMBER = auto()
    FLASHING = auto()

    @property
    def stop(self) -> bool:
        return self in (Light.RED, Light.RED_AMBER, Light.AMBER)

    def __str__(self) -> str:
        return self.name.replace("_", "+").lower()


class Event(IntEnum):
    TICK = 0
    PEDESTRIAN = 1
    FAULT = 2
    RESET = 3


DURATION = {Light.RED: 6, Light.RED_AMBER: 1, Light.GREEN: 5, Light.AMBER: 2}
NEXT = {Light.RED: Light.RED_AMBER, Light.RED_AMBER: Light.GREEN, Light.GREEN: Light.AMBER, Light.AMBER: Light.RED}


class InvalidTransition(Exception):
    pass


@dataclass
class Controller:
    state: Light = Light.RED
    elapsed: int = 0
    ped_waiting: bool = False
    history: list[tuple[int, Light, Light]] = field(default_factory=list)
    on_change: Optional[Callable[[int, Light, Light], None]] = None
    clock: int = 0

    def _go(self, new: Light) -> None:
        old, self.state, self.elapsed = self.state, new, 0
        self.history.append((self.clock, old, new))
        if self.on_change:
            self.on_change(self.clock, old, new)

    def handle(self, ev: Event) -> None:
        match (self.state, ev):
            case (Light.FLASHING, Event.RESET):
                self._go(Light.RED)
            case (Light.FLASHING, _):
                pass
            case (_, Event.FAULT):
                self._go(Light.FLASHING)
            case (_, Event.RESET):
                raise InvalidTransition(f"reset while {self.state} (not in fault)")
            case (Light.GREEN, Event.PEDESTRIAN) if self.elapsed >= 2:
                self._go(Light.AMBER)
            case (_, Event.PEDESTRIAN):
                self.ped_waiting = True
            case (state, Event.TICK):
                self.clock += 1
                self.elapsed += 1
                limit = DURATION[state]
                if state is Light.GREEN and self.ped_waiting:
                    limit = min(limit, 2)
                if self.elapsed >= limit:
                    if state is Light.GREEN:
                        self.ped_waiting = False
                    self._go(NEXT[state])


log: list[str] = []
ctl = Controller(on_change=lambda t, a, b: log.append(f"t={t:02d} {a!s:>9} -> {b}"))
script = "T" * 9 + "P" + "T" * 10 + "TTPT" + "F" + "TTT" + "R" + "TTTTTTT"
codes = {"T": Event.TICK, "P": Event.PEDESTRIAN, "F": Event.FAULT, "R": Event.RESET}
for ch in script:
    ctl.handle(codes[ch])
print("\n".join(log))
print(f"final: {ctl.state} after {ctl.clock} ticks, stop={ctl.state.stop}, transitions={len(ctl.history)}")
counts: dict[Light, int] = {}
for _, _, new in ctl.history:
    counts[new] = counts.get(new, 0) + 1
print({str(k): v for k, v in sorted(counts.items(), key=lambda kv: kv[0].value)})
print([e.name for e in Event if e > Event.TICK], Event.FAULT + 1, Event(3), repr(Light.GREEN), f"{Light.AMBER}")
print(Light["RED_AMBER"], Light.RED_AMBER.value, Light.GREEN.stop, Light.FLASHING in Light)
try:
    Event(7)
except ValueError as e:
    print("ValueError:", e)
ctl.handle(Event.RESET)
