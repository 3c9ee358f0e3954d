# Calendar arithmetic on dates: weekday/isoweekday, isocalendar() and its named-tuple-like
# result, fromisocalendar, toordinal/fromordinal, timetuple/ctime, replace() and combine(),
# and the errors of each; an asyncio task per month builds a small calendar summary.
import asyncio
from datetime import date, datetime, time, timedelta, timezone

for d in [date(2024, 1, 1), date(2024, 2, 29), date(2020, 12, 31), date(2021, 1, 3), date(2026, 12, 31), date(1, 1, 1)]:
    iso = d.isocalendar()
    print(d, d.weekday(), d.isoweekday(), d.strftime("%a"), iso, tuple(iso), iso.year, iso.week, iso.weekday, d.toordinal())
iso = date(2024, 7, 4).isocalendar()
print(repr(iso), type(iso).__name__, iso[0], iso[-1], iso[1:], len(iso), iso == (2024, 27, 4), list(iso))
y, w, wd = iso
print(y, w, wd, max(iso), iso < (2024, 28, 1), iso._asdict() if hasattr(iso, "_asdict") else "no _asdict")
print(datetime(2024, 7, 4, 23, 59).isocalendar(), date.fromisocalendar(2024, 27, 4), date.fromisocalendar(2020, 53, 7))
print(datetime.fromisocalendar(2025, 1, 1), repr(datetime.fromisocalendar(2024, 1, 1)))

for n in [1, 2, 365, 366, 730120, 738886, 3652059]:
    print(n, date.fromordinal(n), repr(datetime.fromordinal(n)), date.fromordinal(n).toordinal() == n)
print(datetime(2024, 7, 4, 18, 30).toordinal(), date.max.toordinal(), date.min.toordinal())

moment = datetime(2024, 2, 29, 13, 45, 30, 123456)
print(moment.timetuple(), date(2024, 12, 31).timetuple()[7], moment.ctime(), date(2024, 2, 29).ctime())
print(moment.replace(year=2028), moment.replace(month=3, day=31, microsecond=0), moment.replace(hour=0, minute=0, second=0))
print(date(2024, 2, 29).replace(day=1), time(12, 30).replace(minute=0, tzinfo=timezone.utc), moment.replace() == moment)
print(datetime.combine(date(2024, 1, 2), time(3, 4, 5, 6)), datetime.combine(date(2024, 1, 2), time(3, tzinfo=timezone.utc)))
print(repr(datetime.combine(moment, time(7))), datetime.combine(date(2024, 1, 2), time(3), tzinfo=timezone(timedelta(hours=2))))
print(datetime.combine(moment.date(), moment.time()) == moment, moment.date().replace(year=2028).weekday())


def month_weeks(year, month):
    first = date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    days = (nxt - first).days
    weeks = {(first + timedelta(days=i)).isocalendar().week for i in range(days)}
    weekdays = sum(1 for i in range(days) if (first + timedelta(days=i)).weekday() < 5)
    return days, weekdays, sorted(weeks)


async def summarize(year, month):
    await asyncio.sleep(0)
    days, workdays, weeks = month_weeks(year, month)
    return f"{date(year, month, 1):%b %Y}: {days} days, {workdays} workdays, ISO weeks {weeks[0]}..{weeks[-1]}"


async def main():
    months = [(2024, m) for m in (1, 2, 12)] + [(2026, 12), (2027, 1)]
    for line in await asyncio.gather(*(summarize(y, m) for y, m in months)):
        print(line)
    ends = [date(2024, m + 1, 1) - timedelta(days=1) for m in (2, 5, 8)]
    print([end - timedelta(days=(end.weekday() - 4) % 7) for end in ends])


asyncio.run(main())

errors = [
    lambda: date.fromordinal(0),
    lambda: date.fromordinal(3652060),
    lambda: date.fromordinal(1.5),
    lambda: date.fromisocalendar(2024, 53, 1),
    lambda: date.fromisocalendar(2024, 0, 1),
    lambda: date.fromisocalendar(2024, 1, 8),
    lambda: date.fromisocalendar(10000, 1, 1),
    lambda: date.fromisocalendar("2024", 1, 1),
    lambda: moment.replace(month=13),
    lambda: moment.replace(day=30),
    lambda: date(2024, 2, 29).replace(year=2023),
    lambda: moment.replace(years=1),
    lambda: datetime.combine(date(2024, 1, 1), "12:00"),
    lambda: datetime.combine("2024-01-01", time(12)),
    lambda: date(2024, 7, 4).isocalendar()[3],
    lambda: setattr(date(2024, 7, 4).isocalendar(), "week", 1),
]
for op in errors:
    try:
        print("ok", repr(op()))
    except Exception as e:
        print(type(e).__name__, e)
