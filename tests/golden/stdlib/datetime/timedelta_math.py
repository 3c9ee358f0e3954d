# timedelta arithmetic: normalisation of components, negative values and their repr/str,
# multiplication and division by ints, floats and timedeltas (round-half-even of microseconds),
# //, %, divmod, abs, total_seconds, comparisons, bool, and the overflow and type errors.
from datetime import timedelta

print(repr(timedelta(seconds=0.5e-6)), repr(timedelta(seconds=1.5e-6)), repr(timedelta(seconds=2.5e-6)))
print(repr(timedelta(microseconds=0.5)), repr(timedelta(microseconds=1.5)), repr(timedelta(microseconds=-0.5)))
print(repr(timedelta(microseconds=-1.5)), repr(timedelta(days=0.1)), repr(timedelta(hours=1.0000001)))
print(repr(timedelta(days=1.5, seconds=0.25, microseconds=250000.4)), repr(timedelta(minutes=-0.5)))
print(repr(timedelta(seconds=86400 * 3 + 7)), repr(timedelta(seconds=-86400 * 3 - 7)), repr(timedelta(milliseconds=-1)))
for td in [timedelta(0), timedelta(seconds=-1), timedelta(days=-1, seconds=1), timedelta(hours=-36, microseconds=1),
           timedelta(days=2, hours=-1), timedelta(weeks=-1, days=7, microseconds=-1), -timedelta(days=400, seconds=3.25)]:
    print(f"{td!s:>28} | {td!r} | {td.total_seconds()}")

hour = timedelta(hours=1)
print(hour * 2, 2 * hour, hour * 0.5, hour * -1.25, hour * 1e-10, hour * (1 / 3), repr(timedelta(microseconds=3) * 0.5))
print(repr(timedelta(microseconds=5) * 0.5), repr(timedelta(microseconds=7) * 0.5), repr(timedelta(microseconds=-5) * 0.5))
print(hour / 3, hour / 7, repr(hour / 7), hour / 2.5, repr(timedelta(microseconds=1) / 2), repr(timedelta(microseconds=3) / 2))
print(hour / timedelta(minutes=7), timedelta(days=1) / hour, hour // timedelta(minutes=7), hour // 7, repr(hour // 7))
print(hour % timedelta(minutes=7), timedelta(minutes=-50) % hour, repr(timedelta(seconds=-1) // 2))
print(divmod(timedelta(hours=25), timedelta(hours=7)), divmod(timedelta(hours=-25), timedelta(hours=7)))
print(-hour, +hour, abs(-hour), abs(timedelta(days=-1, seconds=1)), -timedelta(0) == timedelta(0))
print(hour + timedelta(minutes=90), hour - timedelta(minutes=90), sum([hour, hour, hour], timedelta()))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(-hour))
print(hour == timedelta(minutes=60), hour != timedelta(seconds=3600), hour < timedelta(hours=2), hour >= hour)
print(hour == 3600, hour != "1:00:00", sorted([hour, -hour, timedelta(0), timedelta(days=-2)]))
print(max(hour, timedelta(seconds=3601)), min([timedelta(1), timedelta(0, 86401)]))
print(timedelta.max.total_seconds(), timedelta.min.total_seconds(), timedelta(microseconds=1).total_seconds())
print(timedelta(days=106751991).total_seconds(), timedelta(seconds=1, microseconds=1).total_seconds())
print(timedelta(999999999) + timedelta(0, 86399, 999999) == timedelta.max, timedelta(-999999999) == timedelta.min)
print(timedelta.max // timedelta.resolution, timedelta.max / timedelta.min)
print(timedelta(hours=2, minutes=30) / 60, timedelta(weeks=1) // timedelta(days=1), timedelta(1) % timedelta(0, 7))
print(repr(timedelta(seconds=2**31)), repr(timedelta(days=-1) * 999999999), timedelta(days=365.2425))

errors = [
    lambda: timedelta.max + timedelta.resolution,
    lambda: timedelta.min - timedelta.resolution,
    lambda: timedelta.max * 2,
    lambda: -timedelta.min,
    lambda: abs(timedelta.min),
    lambda: timedelta(days=10**10),
    lambda: timedelta(days=-1_000_000_000),
    lambda: timedelta(seconds=10**18),
    lambda: timedelta(1) * float("inf"),
    lambda: timedelta(1) * float("nan"),
    lambda: timedelta(1) / 0,
    lambda: timedelta(1) / 0.0,
    lambda: timedelta(1) / timedelta(0),
    lambda: timedelta(1) // timedelta(0),
    lambda: timedelta(1) % timedelta(0),
    lambda: timedelta(1) // 0,
    lambda: timedelta(1) // 1.5,
    lambda: divmod(timedelta(1), 2),
    lambda: timedelta(1) + 1,
    lambda: 1 - timedelta(1),
    lambda: timedelta(1) * timedelta(1),
    lambda: timedelta(1) * "2",
    lambda: 2 / timedelta(1),
    lambda: timedelta(1) < 5,
    lambda: timedelta(1) % 7,
    lambda: timedelta(1) ** 2,
]
for op in errors:
    try:
        print("ok", repr(op()))
    except Exception as e:
        print(type(e).__name__, e)
