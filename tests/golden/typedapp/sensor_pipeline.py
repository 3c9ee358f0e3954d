"""Typed async sensor pipeline: NamedTuple readings, IntFlag alarms, Protocol sinks, match on tuples."""
import asyncio
from dataclasses import dataclass, field
from enum import IntFlag, Enum
from typing import NamedTuple, Protocol, Sequence


class Alarm(IntFlag):
    NONE = 0
    HIGH_TEMP = 1
    LOW_BATTERY = 2
    STALE = 4


class Unit(Enum):
    CELSIUS = "°C"
    PERCENT = "%"


class Reading(NamedTuple):
    sensor: str
    seq: int
    temp: float
    battery: int


class Sink(Protocol):
    def emit(self, line: str) -> None: ...


@dataclass
class ListSink:
    lines: list[str] = field(default_factory=list)

    def emit(self, line: str) -> None:
        self.lines.append(line)


def classify(r: Reading, last_seq: int) -> Alarm:
    alarm = Alarm.NONE
    if r.temp > 30.0:
        alarm |= Alarm.HIGH_TEMP
    if r.battery < 20:
        alarm |= Alarm.LOW_BATTERY
    if r.seq <= last_seq:
        alarm |= Alarm.STALE
    return alarm


async def sensor(name: str, samples: Sequence[tuple[float, int]], period: float, out: asyncio.Queue) -> int:
    for seq, (temp, battery) in enumerate(samples, 1):
        await asyncio.sleep(period)
        await out.put(Reading(name, seq, temp, battery))
    return len(samples)


async def monitor(q: asyncio.Queue, sink: Sink, expected: int) -> dict[str, Alarm]:
    last: dict[str, int] = {}
    worst: dict[str, Alarm] = {}
    for _ in range(expected):
        r: Reading = await q.get()
        alarm = classify(r, last.get(r.sensor, 0))
        last[r.sensor] = max(last.get(r.sensor, 0), r.seq)
        worst[r.sensor] = worst.get(r.sensor, Alarm.NONE) | alarm
        match (r.sensor, alarm):
            case (_, Alarm.NONE):
                sink.emit(f"{r.sensor}#{r.seq} ok {r.temp:.1f}{Unit.CELSIUS.value}")
            case (name, a) if a & Alarm.HIGH_TEMP and a & Alarm.LOW_BATTERY:
                sink.emit(f"{name}#{r.seq} CRITICAL {a!r}")
            case (name, Alarm.HIGH_TEMP):
                sink.emit(f"{name}#{r.seq} hot {r.temp}")
            case (name, a):
                sink.emit(f"{name}#{r.seq} warn {a.name if a.name else int(a)} bat={r.battery}{Unit.PERCENT.value}")
    return worst


async def main() -> None:
    q: asyncio.Queue[Reading] = asyncio.Queue()
    sink = ListSink()
    plans = {
        "north": ([(21.5, 90), (24.0, 88), (31.2, 87)], 0.08),
        "south": ([(35.0, 15), (29.9, 14)], 0.2),
        "attic": ([(18.0, 50), (18.5, 19), (40.0, 5), (22.0, 60)], 0.32),
    }
    expected = sum(len(s) for s, _ in plans.values())
    producers = [asyncio.create_task(sensor(n, s, p, q), name=n) for n, (s, p) in plans.items()]
    worst = await monitor(q, sink, expected)
    counts = await asyncio.gather(*producers)
    print("counts:", dict(zip(plans, counts)))
    for line in sink.lines:
        print(" ", line)
    for name, a in sorted(worst.items()):
        print(f"  {name:6} worst={a!s:<30} value={int(a)} flags={[f.name for f in Alarm if f and f in a]}")
    print(Alarm(3), Alarm.HIGH_TEMP | 8, Alarm(6).name, ~Alarm.STALE, Alarm.STALE ^ Alarm.STALE)
    r = Reading("x", 1, 20.0, 50)
    print(r, r._replace(seq=2).seq, Reading._fields)
    await q.put(r._replace(battery="low"))
    await monitor(q, sink, 1)


asyncio.run(main())
