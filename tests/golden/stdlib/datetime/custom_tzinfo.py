# User tzinfo subclasses: a fixed-offset class and a toy DST rule (summer time between two
# fixed dates), used with utcoffset/dst/tzname, astimezone, arithmetic, comparisons, strftime
# %z/%Z, and tzinfo methods that return bad values (with the errors CPython reports).
from datetime import datetime, time, timedelta, timezone, tzinfo


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self._offset = timedelta(minutes=minutes)
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self._name

    def __repr__(self):
        return f"Fixed({self._offset.total_seconds() / 60:+.0f}, {self._name!r})"


class Toyland(tzinfo):
    """UTC+1, and UTC+2 from April 1 02:00 to October 1 03:00 local time (no fold handling)."""
    STD, DST = timedelta(hours=1), timedelta(hours=1)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        naive = dt.replace(tzinfo=None)
        start, end = datetime(dt.year, 4, 1, 2), datetime(dt.year, 10, 1, 3)
        return self.DST if start <= naive < end else timedelta(0)

    def utcoffset(self, dt):
        return self.STD + self.dst(dt)

    def tzname(self, dt):
        return "TST" if dt is not None and self.dst(dt) else "TT"

    def __repr__(self):
        return "Toyland()"


IST = Fixed(330, "IST")
toy = Toyland()
moment = datetime(2024, 6, 1, 12, 0, 5, tzinfo=IST)
print(repr(moment), moment, moment.utcoffset(), moment.dst(), moment.tzname(), moment.strftime("%z %Z"))
print(moment.astimezone(timezone.utc), moment.astimezone(Fixed(-90, "X")), moment.timestamp())
print(moment == datetime(2024, 6, 1, 6, 30, 5, tzinfo=timezone.utc), moment - datetime(2024, 6, 1, tzinfo=timezone.utc))
print(time(9, 0, tzinfo=IST), repr(time(9, 0, tzinfo=IST)), time(9, 0, tzinfo=IST).utcoffset(), time(9, tzinfo=IST).tzname())
print(isinstance(IST, tzinfo), type(moment.tzinfo).__name__, moment.tzinfo is IST, moment.replace(hour=1).tzinfo is IST)

for month in (1, 3, 4, 7, 10, 12):
    local = datetime(2024, month, 1, 2, 30, tzinfo=toy)
    print(local, local.tzname(), local.dst(), local.utcoffset(), local.astimezone(timezone.utc).strftime("%m-%d %H:%M"),
          local.utctimetuple().tm_hour, local.timetuple().tm_isdst)
winter = datetime(2024, 1, 15, 12, tzinfo=toy)
summer = datetime(2024, 7, 15, 12, tzinfo=toy)
print(summer - winter, summer.astimezone(timezone.utc) - winter.astimezone(timezone.utc), winter < summer)
print(datetime(2024, 7, 15, 10, tzinfo=timezone.utc).astimezone(toy), datetime(2024, 1, 15, 10, tzinfo=timezone.utc).astimezone(toy))
print(winter.isoformat(), summer.isoformat(timespec="minutes"), summer.replace(tzinfo=None).isoformat())
print(toy.utcoffset(None), toy.tzname(None), toy.dst(None))
print(sorted([summer, winter, datetime(2024, 7, 15, 10, 30, tzinfo=timezone.utc)]))


class Broken(tzinfo):
    def __init__(self, offset=None, dst=None, name=None):
        self.o, self.d, self.n = offset, dst, name

    def utcoffset(self, dt):
        return self.o

    def dst(self, dt):
        return self.d

    def tzname(self, dt):
        return self.n


print(datetime(2024, 1, 1, tzinfo=Broken()).utcoffset(), datetime(2024, 1, 1, tzinfo=Broken()).tzname())
print(datetime(2024, 1, 1, tzinfo=Broken()) == datetime(2024, 1, 1), repr(datetime(2024, 1, 1, tzinfo=Broken()).strftime("%z%Z")))
print(datetime(2024, 1, 1, tzinfo=Broken(timedelta(seconds=1, microseconds=1))).isoformat())
cases = [
    lambda: datetime(2024, 1, 1, tzinfo=Broken(3600)).utcoffset(),
    lambda: datetime(2024, 1, 1, tzinfo=Broken(timedelta(hours=24))).utcoffset(),
    lambda: datetime(2024, 1, 1, tzinfo=Broken(timedelta(hours=-25))).isoformat(),
    lambda: datetime(2024, 1, 1, tzinfo=Broken(dst=60)).dst(),
    lambda: datetime(2024, 1, 1, tzinfo=Broken(name=5)).tzname(),
    lambda: datetime(2024, 1, 1, tzinfo=Broken(name=5)).strftime("%Z"),
    lambda: datetime(2024, 1, 1, tzinfo=Broken()).astimezone(timezone.utc),
    lambda: datetime(2024, 1, 1, tzinfo=Broken(timedelta(hours=1))).astimezone(Broken(timedelta(hours=2))),
    lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset(),
    lambda: tzinfo().dst(None),
    lambda: tzinfo().tzname(None),
    lambda: timezone.utc.fromutc(5),
]
for op in cases:
    try:
        print("ok", repr(op()))
    except Exception as e:
        print(type(e).__name__, e)
