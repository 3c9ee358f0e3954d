# Subclasses of date, datetime and timedelta with extra methods and attributes: which type
# arithmetic, replace(), combine() and the alternate constructors return; datetimes as dict
# keys, set members and sort keys (naive and aware mixed with care), grouping events by day.
import asyncio
from datetime import date, datetime, time, timedelta, timezone


class Day(date):
    def is_weekend(self):
        return self.weekday() >= 5

    def next_workday(self):
        step = self + timedelta(days=1)
        while step.weekday() >= 5:
            step += timedelta(days=1)
        return step

    def __repr__(self):
        return f"Day({self:%Y-%m-%d})"


class Stamp(datetime):
    label = "stamp"

    def __new__(cls, *args, note="", **kw):
        self = super().__new__(cls, *args, **kw)
        self.note = note
        return self

    def as_day(self):
        return Day(self.year, self.month, self.day)


class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


d = Day(2024, 3, 8)
print(repr(d), d, d.is_weekend(), repr(d.next_workday()), type(d.next_workday()).__name__, isinstance(d, date))
print(type(d + timedelta(1)).__name__, type(d - timedelta(1)).__name__, type(d - date(2024, 1, 1)).__name__)
print(type(d.replace(day=9)).__name__, d.replace(day=9).is_weekend(), type(Day.fromordinal(738953)).__name__)
print(repr(Day.fromisoformat("2024-03-09")), repr(Day.fromisocalendar(2024, 10, 6)), type(Day.fromtimestamp(0)).__name__)
print(d == date(2024, 3, 8), date(2024, 3, 8) == d, d < date(2024, 3, 9), f"{d}", str(d), d.isoformat())

s = Stamp(2024, 3, 8, 17, 30, note="deploy")
print(repr(s), s.note, s.label, repr(s.as_day()), type(s.date()).__name__, type(s.time()).__name__)
print(type(s + timedelta(hours=1)).__name__, type(s - timedelta(hours=1)).__name__, type(s - datetime(2024, 1, 1)).__name__)
print(type(s.replace(hour=9)).__name__, type(s.astimezone(timezone.utc)).__name__, type(Stamp.combine(d, time(8))).__name__)
print(type(Stamp.fromisoformat("2024-03-08T09:00")).__name__, type(Stamp.fromtimestamp(0, timezone.utc)).__name__)
print(type(Stamp.fromordinal(1)).__name__, s == datetime(2024, 3, 8, 17, 30), hasattr(s.replace(hour=1), "note"))
sp = Span(hours=36)
print(repr(sp), sp, sp.hours(), type(sp + sp).__name__, type(-sp).__name__, type(sp * 2).__name__, type(abs(sp)).__name__)
print(type(s + sp).__name__, type(d + sp).__name__, type(sp / 2).__name__, sp // Span(hours=1))

# Datetimes as keys.
t1 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
t2 = datetime(2024, 5, 1, 14, 0, tzinfo=timezone(timedelta(hours=2)))  # same instant as t1
t3 = datetime(2024, 5, 1, 12, 0)
table = {t1: "utc noon", t3: "naive noon", date(2024, 5, 1): "the day"}
table[t2] = "overwrites utc noon"
print(len(table), table[t1], table[t3], table[date(2024, 5, 1)], t2 in table, datetime(2024, 5, 1) in table)
print({d: 1, Day(2024, 3, 8): 2, date(2024, 3, 8): 3}, len({timedelta(hours=1), timedelta(minutes=60), Span(seconds=3600)}))
print(len({time(12, 0), time(12, 0, tzinfo=timezone.utc), time(13, 0, tzinfo=timezone(timedelta(hours=1)))}))
print(sorted({t1, t2, t1 + timedelta(hours=1)}), sorted([date(2024, 5, 2), d, Day(2023, 1, 1)]))
print(sorted([t3, datetime(2024, 4, 30), datetime(2024, 5, 1, 11)], reverse=True))
print(sorted([t1, t3], key=lambda x: x.replace(tzinfo=None)), min(table, key=str))


async def fetch(i):
    await asyncio.sleep(0)
    base = datetime(2024, 5, 31, 20, 0, tzinfo=timezone.utc)
    return base + timedelta(hours=3 * i, minutes=7 * i), f"event{i}"


async def main():
    events = await asyncio.gather(*(fetch(i) for i in range(7)))
    by_day = {}
    for when, name in events:
        by_day.setdefault(when.date(), []).append((when.time(), name))
    for day in sorted(by_day):
        print(day, day.strftime("%a"), [f"{t:%H:%M} {n}" for t, n in by_day[day]])
    latest = max(events)
    print("latest:", latest[1], latest[0].isoformat(), "span:", latest[0] - min(events)[0])


asyncio.run(main())
try:
    Stamp(2024, 13, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    d + d
except TypeError as e:
    print(type(e).__name__, e)
