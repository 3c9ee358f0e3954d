# Constructing date, time, datetime, timedelta and timezone: keyword and positional forms,
# attributes, repr() and str(), the min/max/resolution constants, and construction errors.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
import datetime as dt

d = date(2024, 2, 29)
t = time(13, 5, 9, 250)
t_aware = time(hour=23, minute=59, second=59, microsecond=999999, tzinfo=timezone.utc)
moment = datetime(2024, 2, 29, 13, 5, 9, 250)
zoned = datetime(1999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5), "EST"))
delta = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6, weeks=1)
for obj in [d, t, t_aware, moment, zoned, delta, timezone.utc, zoned.tzinfo]:
    print(type(obj).__name__, repr(obj), "|", str(obj))
print(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(moment.date(), moment.time(), zoned.timetz(), zoned.tzinfo, repr(moment.tzinfo))
print(delta.days, delta.seconds, delta.microseconds)
print(repr(time()), repr(timedelta()), repr(datetime(2000, 1, 1)), repr(time(0, 0, 0, 1)))
print(repr(time(12, 0, fold=1)), repr(datetime(2024, 1, 1, fold=1)), repr(timedelta(seconds=-1)))
print(repr(timedelta(microseconds=-1)), repr(timedelta(hours=-25)), repr(timedelta(0, 0, 5)))
print(timedelta(days=-1, seconds=86399), timedelta(weeks=-2), timedelta(days=3, microseconds=7))

print(MINYEAR, MAXYEAR, dt.MINYEAR == date.min.year)
for cls in (date, time, datetime, timedelta):
    print(cls.__name__, repr(cls.min), repr(cls.max), repr(cls.resolution))
print(repr(timezone.min), repr(timezone.max), str(timezone.min), str(timezone.max))
print(repr(timezone(timedelta(0))), repr(timezone(timedelta(hours=5, minutes=30))),
      repr(timezone(timedelta(hours=1), "CET")), str(timezone(-timedelta(seconds=3601, microseconds=5))))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0)) == timezone.utc)
print(isinstance(timezone.utc, tzinfo), issubclass(datetime, date), issubclass(date, datetime))
print(date.__module__, datetime.__qualname__, dt.UTC is timezone.utc)
print(datetime(2024, 5, 17).date() == date(2024, 5, 17), datetime(2024, 5, 17, 1) == date(2024, 5, 17))

errors = [
    lambda: date(2024, 13, 1),
    lambda: date(2023, 2, 29),
    lambda: date(0, 1, 1),
    lambda: date(10000, 1, 1),
    lambda: date(2024, 0, 1),
    lambda: date(2024, 1, 0),
    lambda: date("2024", 1, 1),
    lambda: date(2024.0, 1, 1),
    lambda: date(2024, 1),
    lambda: datetime(2024, 13, 1),
    lambda: datetime(2024, 1, 1, 24),
    lambda: datetime(2024, 1, 1, 0, 60),
    lambda: datetime(2024, 1, 1, 0, 0, 60),
    lambda: datetime(2024, 1, 1, 0, 0, 0, 1000000),
    lambda: datetime(2024, 1, 1, tzinfo="UTC"),
    lambda: datetime(2024, 1, 1, fold=2),
    lambda: time(-1),
    lambda: time(12, 0, tzinfo=5),
    lambda: timedelta(days=10**10),
    lambda: timedelta(days=1_000_000_000),
    lambda: timedelta(seconds=float("inf")),
    lambda: timedelta(seconds=float("nan")),
    lambda: timedelta(hours="1"),
    lambda: timedelta(years=1),
    lambda: timezone(timedelta(hours=24)),
    lambda: timezone(timedelta(hours=-24)),
    lambda: timezone(3600),
    lambda: timezone(timedelta(hours=1), 5),
    lambda: tzinfo().utcoffset(None),
    lambda: setattr(d, "year", 2000),
]
for make in errors:
    try:
        print("ok", repr(make()))
    except Exception as e:
        print(type(e).__name__, e)
