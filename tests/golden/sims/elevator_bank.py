"""A two-car elevator bank simulated tick by tick with a simple nearest-car dispatcher."""
from enum import Enum
from dataclasses import dataclass, field


class Dir(Enum):
    UP = 1
    DOWN = -1
    IDLE = 0

    def __str__(self):
        return {"UP": "↑", "DOWN": "↓", "IDLE": "·"}[self.name]


@dataclass
class Call:
    t: int
    src: int
    dst: int
    who: str
    picked: int = -1
    done: int = -1


@dataclass
class Car:
    name: str
    floor: int = 0
    dir: Dir = Dir.IDLE
    stops: set = field(default_factory=set)
    riders: list = field(default_factory=list)
    moved: int = 0
    door_timer: int = 0

    def cost(self, floor):
        if self.dir is Dir.IDLE:
            return abs(self.floor - floor)
        ahead = (floor - self.floor) * self.dir.value >= 0
        far = max(self.stops, key=lambda s: abs(s - self.floor), default=self.floor)
        return abs(floor - self.floor) if ahead else abs(far - self.floor) + abs(far - floor)

    def tick(self, waiting, log, now):
        if self.door_timer:
            self.door_timer -= 1
            return
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            out = [c for c in self.riders if c.dst == self.floor]
            for c in out:
                self.riders.remove(c)
                c.done = now
            board = [c for c in waiting if c.src == self.floor and c.picked < 0]
            for c in board:
                c.picked = now
                self.riders.append(c)
                self.stops.add(c.dst)
                waiting.remove(c)
            names = lambda cs: ",".join(c.who for c in cs) or "-"
            log.append(f"t={now:02d} {self.name}@{self.floor}: out[{names(out)}] in[{names(board)}]")
            self.door_timer = 1
            return
        if not self.stops:
            self.dir = Dir.IDLE
            return
        target = min(self.stops, key=lambda s: (abs(s - self.floor), s))
        if self.dir is Dir.IDLE or not any((s - self.floor) * self.dir.value > 0 for s in self.stops):
            self.dir = Dir.UP if target > self.floor else Dir.DOWN
        self.floor += self.dir.value
        self.moved += 1


CALLS = [Call(0, 0, 7, "ann"), Call(1, 5, 0, "bob"), Call(2, 3, 9, "cy"), Call(4, 9, 2, "dee"),
         Call(6, 0, 4, "eve"), Call(7, 8, 1, "fay"), Call(9, 2, 6, "gus"), Call(12, 6, 6, "hal")]
cars = [Car("A"), Car("B", floor=9)]
waiting, log, pending = [], [], sorted(CALLS, key=lambda c: c.t)
for now in range(60):
    while pending and pending[0].t == now:
        c = pending.pop(0)
        if c.src == c.dst:
            log.append(f"t={now:02d} {c.who} is already on floor {c.dst}")
            c.picked = c.done = now
            continue
        best = min(cars, key=lambda car: (car.cost(c.src), car.name))
        best.stops.add(c.src)
        waiting.append(c)
        log.append(f"t={now:02d} {c.who} calls at {c.src}->{c.dst}: car {best.name} (cost {best.cost(c.src)})")
    for car in cars:
        car.tick(waiting, log, now)
    if now % 5 == 0:
        log.append(f"t={now:02d} status " + " ".join(
            f"{car.name}:{car.floor}{car.dir}{sorted(car.stops)}" for car in cars))
    if not pending and not waiting and all(not car.riders and not car.stops for car in cars):
        log.append(f"t={now:02d} all served")
        break
print("\n".join(log))
print(f"{'who':<4}{'call':>5}{'wait':>5}{'ride':>5}")
for c in sorted(CALLS, key=lambda c: (c.done - c.t, c.who)):
    print(f"{c.who:<4}{c.t:>5}{c.picked - c.t:>5}{c.done - c.picked:>5}")
waits = [c.picked - c.t for c in CALLS]
print("avg wait", round(sum(waits) / len(waits), 2), "max", max(waits),
      "moves", {car.name: car.moved for car in cars}, "dirs", [str(car.dir) for car in cars])
unserved = [c.who for c in CALLS if c.done < 0]
if unserved:
    raise RuntimeError(f"unserved: {unserved}")
slowest = max(CALLS, key=lambda c: c.done - c.t)
print("slowest trip:", slowest)
print(Dir(2))
