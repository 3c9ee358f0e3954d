# date/datetime arithmetic with timedelta (day-only for dates), datetime - datetime across
# offsets, comparisons of naive and aware values (== is False, ordering raises), equality of
# the same instant in different zones, mixing date and datetime, and the overflow errors.
from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=365), timedelta(weeks=52) + d)
print(d + timedelta(hours=23, minutes=59), d + timedelta(hours=-1), d - timedelta(seconds=1), repr(d + timedelta(0)))
print(date(2024, 12, 31) - date(2024, 1, 1), date(2000, 1, 1) - date(2024, 1, 1), repr(date(2024, 3, 1) - date(2024, 2, 1)))
print(date(2024, 3, 1) - date(2023, 3, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)

start = datetime(2024, 3, 30, 22, 30)
print(start + timedelta(hours=2), start + timedelta(days=1, microseconds=1), start - timedelta(weeks=5))
print(start - datetime(2024, 1, 1), datetime(2024, 1, 1) - start, repr(start - start))
print(start + timedelta(microseconds=-1), datetime(1999, 12, 31, 23, 59, 59, 999999) + timedelta.resolution)

utc = timezone.utc
east = timezone(timedelta(hours=9), "JST")
west = timezone(timedelta(hours=-4, minutes=-30))
a = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
b = datetime(2024, 6, 1, 21, 0, tzinfo=east)
c = datetime(2024, 6, 1, 7, 30, tzinfo=west)
print(a == b == c, a - b, b - c, repr(c - a), a < b, a <= c, (a + timedelta(hours=1)) > c)
print(repr(a + timedelta(hours=1)), b - timedelta(days=1), (c + timedelta(0)).tzinfo is west)
print(sorted([b, a + timedelta(seconds=1), c - timedelta(seconds=1)]))
print(datetime(2024, 6, 1, 12, 0, tzinfo=timezone(timedelta(0), "Zulu")) - a, len({a, b, c}))

naive = datetime(2024, 6, 1, 12, 0)
print(naive == a, naive != a, a == naive, naive in [a, b], [a].count(naive))
print(date(2024, 6, 1) == naive, naive == date(2024, 6, 1), date(2024, 6, 1) != naive)
print(time(12, 0) == time(12, 0, tzinfo=utc), time(12, 0, tzinfo=utc) == time(13, 0, tzinfo=timezone(timedelta(hours=1))))
print(time(12, 0, tzinfo=utc) < time(13, 0, tzinfo=timezone(timedelta(hours=2))), time(1) < time(2), time(0) == 0)
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2024, 1, 1), date(2023, 12, 31)), date(2024, 1, 1) == "2024-01-01")
print(datetime.min < naive < datetime.max, date.min + timedelta(days=1), date.max - date.min)

errors = [
    lambda: naive < a,
    lambda: a >= naive,
    lambda: naive - a,
    lambda: a - naive,
    lambda: sorted([naive, a]),
    lambda: time(1) < time(1, tzinfo=utc),
    lambda: naive < date(2024, 1, 1),
    lambda: date(2024, 1, 1) > naive,
    lambda: naive - date(2024, 1, 1),
    lambda: date(2024, 1, 1) - naive,
    lambda: d + d,
    lambda: d + 1,
    lambda: d - 1,
    lambda: timedelta(1) - d,
    lambda: naive + naive,
    lambda: time(1) + timedelta(hours=1),
    lambda: time(2) - time(1),
    lambda: d < "2024",
    lambda: naive > 5,
    lambda: date.max + timedelta(days=1),
    lambda: date.min - timedelta(days=1),
    lambda: datetime.max + timedelta.resolution,
    lambda: datetime.min - timedelta(microseconds=1),
    lambda: date(2024, 1, 1) + timedelta.max,
    lambda: datetime(1, 1, 1, tzinfo=east).astimezone(utc),
    lambda: datetime(9999, 12, 31, 23, tzinfo=west) - datetime(1, 1, 1, 1, tzinfo=east),
]
for op in errors:
    try:
        print("ok", repr(op()))
    except Exception as e:
        print(type(e).__name__, e)
