"""Sensor event processing with NamedTuple, TypedDict, Literal, Final, Callable and Optional."""
import sys
from typing import (NamedTuple, TypedDict, Literal, Final, Callable, Optional, Union,
                    NotRequired, Required, Any, cast, get_args, get_origin, TypeAlias)

Unit = Literal["C", "F", "K"]
Level: TypeAlias = Literal["info", "warn", "alarm"]
THRESHOLDS: Final[dict[str, float]] = {"temp": 30.0, "hum": 80.0}


class Reading(NamedTuple):
    sensor: str
    kind: str
    value: float
    unit: Unit = "C"

    def in_celsius(self) -> "Reading":
        if self.kind != "temp" or self.unit == "C":
            return self
        v = (self.value - 32) * 5 / 9 if self.unit == "F" else self.value - 273.15
        return self._replace(value=round(v, 2), unit="C")


class Span(NamedTuple):
    lo: float
    hi: float

    @property
    def width(self) -> float:
        return self.hi - self.lo


class Event(TypedDict):
    sensor: str
    level: Level
    message: str
    reading: NotRequired[Reading]


class Config(TypedDict, total=False):
    name: Required[str]
    scale: float
    alert: Callable[[Event], None]


Handler = Callable[[Reading], Optional[Event]]
Point = NamedTuple("Point", [("x", int), ("y", int)])


def threshold_check(r: Reading) -> Optional[Event]:
    limit = THRESHOLDS.get(r.kind)
    if limit is None:
        return None
    if r.value > limit * 1.2:
        return {"sensor": r.sensor, "level": "alarm", "message": f"{r.kind}={r.value}", "reading": r}
    if r.value > limit:
        return Event(sensor=r.sensor, level="warn", message=f"{r.kind} high: {r.value}")
    return None


def sanity_check(r: Reading) -> Optional[Event]:
    if r.value < -50 or r.value > 1000:
        return {"sensor": r.sensor, "level": "info", "message": "implausible value"}
    return None


def process(readings: list[Reading], handlers: list[Handler], cfg: Config) -> list[Event]:
    events: list[Event] = []
    for r in map(Reading.in_celsius, readings):
        r = r._replace(value=r.value * cfg.get("scale", 1.0))
        for h in handlers:
            if (ev := h(r)) is not None:
                events.append(ev)
                if "alert" in cfg and ev["level"] == "alarm":
                    cfg["alert"](ev)
    return events


readings = [
    Reading("s1", "temp", 21.5),
    Reading("s2", "temp", 95.0, "F"),
    Reading("s3", "temp", 310.15, "K"),
    Reading("s4", "hum", 85.0, unit="C"),
    Reading("s5", "temp", 2000.0),
    Reading(*["s6", "pressure", 1013.0]),
]
print(readings[1], readings[1].in_celsius(), readings[2].in_celsius().value)
print(Reading._fields, Reading._field_defaults, Reading.__annotations__["unit"])
print(readings[0]._asdict(), Reading._make(["x", "hum", 1.0, "K"]), tuple(readings[3]))
s, k, v, u = readings[0]
print(s, k, v, u, readings[0][2], readings[0] == ("s1", "temp", 21.5, "C"), len(readings[0]))
sp = Span(lo=-3.5, hi=12.0)
print(sp, sp.width, sp._replace(hi=0).width, max(Span(1, 2), Span(1, 3)), Point(1, y=2), Point._fields)
print(get_args(Unit), get_origin(Unit) is Literal, get_args(Optional[int]), get_args(Union[int, str, None]))
print(Event.__required_keys__ == frozenset({"sensor", "level", "message"}), sorted(Event.__optional_keys__),
      sorted(Config.__required_keys__), sorted(Config.__optional_keys__), Config.__total__)

alarms: list[str] = []
cfg: Config = {"name": "plant-1", "alert": lambda ev: alarms.append(ev["sensor"])}
events = process(readings, [threshold_check, sanity_check], cfg)
for ev in events:
    extra = f" [{ev['reading'].sensor}:{ev['reading'].value}]" if "reading" in ev else ""
    print(f"{ev['level']:>5} {ev['sensor']}: {ev['message']}{extra}")
print("alarms:", alarms, type(events[0]).__name__, cast(int, "not really an int"))
scaled = process(readings[:3], [threshold_check], {"name": "x", "scale": 1.5})
print([e["message"] for e in scaled])
try:
    Reading("s7", "temp")
except TypeError as e:
    print("TypeError:", e)
try:
    readings[0].value = 3
except AttributeError as e:
    print("AttributeError:", e)
worst = sum(1 for e in events if e["level"] == "alarm")
print(f"exiting with {worst + 2}")
sys.exit(worst + 2)
