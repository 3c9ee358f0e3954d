"""Elevator controller state machine driven by asyncio requests; ends with an uncaught error."""
import asyncio
from enum import Enum, auto
from dataclasses import dataclass, field


class State(Enum):
    IDLE = auto()
    MOVING_UP = auto()
    MOVING_DOWN = auto()
    DOORS_OPEN = auto()

    @property
    def moving(self) -> bool:
        return self in (State.MOVING_UP, State.MOVING_DOWN)


class InvalidFloor(ValueError):
    pass


@dataclass
class Elevator:
    floors: range
    floor: int = 0
    state: State = State.IDLE
    stops: set[int] = field(default_factory=set)
    trace: list[str] = field(default_factory=list)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def request(self, floor: int) -> None:
        if floor not in self.floors:
            raise InvalidFloor(f"floor {floor} not in {self.floors.start}..{self.floors.stop - 1}")
        if floor != self.floor or self.state is not State.DOORS_OPEN:
            self.stops.add(floor)
            self.changed.set()

    def _transition(self, new: State) -> None:
        if new is not self.state:
            self.trace.append(f"{self.floor}:{self.state.name}->{new.name}")
            self.state = new

    def next_direction(self) -> State:
        if not self.stops:
            return State.IDLE
        above = [s for s in self.stops if s > self.floor]
        below = [s for s in self.stops if s < self.floor]
        match self.state:
            case State.MOVING_UP if above:
                return State.MOVING_UP
            case State.MOVING_DOWN if below:
                return State.MOVING_DOWN
            case _:
                if self.floor in self.stops:
                    return State.DOORS_OPEN
                nearest = min(self.stops, key=lambda s: (abs(s - self.floor), s))
                return State.MOVING_UP if nearest > self.floor else State.MOVING_DOWN

    async def run(self, trips: int) -> None:
        served = 0
        while served < trips:
            if self.state is State.IDLE and not self.stops:
                self.changed.clear()
                await self.changed.wait()
            new = self.next_direction()
            self._transition(new)
            match self.state:
                case State.MOVING_UP | State.MOVING_DOWN:
                    await asyncio.sleep(0.1)
                    self.floor += 1 if self.state is State.MOVING_UP else -1
                    if self.floor in self.stops:
                        self._transition(State.DOORS_OPEN)
                case State.DOORS_OPEN:
                    pass
            if self.state is State.DOORS_OPEN:
                self.stops.discard(self.floor)
                served += 1
                print(f"  doors open at {self.floor} (served {served}, pending {sorted(self.stops)})")
                await asyncio.sleep(0.13)
                self._transition(State.IDLE)


async def passengers(e: Elevator) -> None:
    # Each request falls about midway through the elevator state it reports (a move takes 100 ms,
    # doors stay open 130 ms), later by the 20-40 ms the elevator's longer chain of sleeps falls
    # behind the passengers' on a loaded machine.
    plan = [(0.01, 5), (0.06, 2), (0.503, 7), (0.943, 0), (1.286, 3), (2.047, 9)]
    last = 0.0
    for at, floor in plan:
        await asyncio.sleep(at - last)
        last = at
        print(f"request floor {floor} (elevator at {e.floor}, {e.state.name.lower()})")
        e.request(floor)


async def main() -> None:
    e = Elevator(range(0, 9))
    runner = asyncio.create_task(e.run(trips=5))
    try:
        await passengers(e)
    finally:
        await runner
        print("final floor", e.floor, e.state, "moving" if e.state.moving else "stopped")
        print("trace:", ", ".join(e.trace[:8]), "...", len(e.trace))


asyncio.run(main())
