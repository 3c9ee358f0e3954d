# Fixed-offset timezone objects (names, str/repr, equality, utcoffset/tzname/dst called
# directly), astimezone between fixed zones, naive <-> aware conversion under TZ=UTC,
# timestamp()/fromtimestamp()/utcfromtimestamp() with fixed values, and their errors.
from datetime import date, datetime, time, timedelta, timezone

zones = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=1), "CET"),
         timezone(timedelta(hours=-9, minutes=-30)), timezone(timedelta(hours=5, minutes=45), "NPT"),
         timezone(timedelta(minutes=1, seconds=1)), timezone(timedelta(hours=-23, minutes=-59)), timezone(timedelta(0), "")]
for z in zones:
    print(f"{z!s:<12} {z.utcoffset(None)!s:>18} {z.tzname(None)!r:<13} {z.dst(None)} {z == timezone.utc}")
print(timezone(timedelta(hours=1), "CET") == timezone(timedelta(hours=1)), zones[2] != zones[4])
print(timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)), zones[4].fromutc(datetime(2024, 1, 1, tzinfo=zones[4])))

moment = datetime(2024, 10, 27, 1, 30, tzinfo=timezone.utc)
for z in zones[2:6]:
    local = moment.astimezone(z)
    print(local, local.tzname(), local.utcoffset(), local.dst(), local == moment, local.astimezone(timezone.utc) == moment)
print(moment.astimezone(zones[3]).astimezone(zones[4]).isoformat(), repr(moment.astimezone(timezone.utc)))
print(moment.utcoffset(), moment.tzname(), moment.dst(), datetime(2024, 1, 1).utcoffset(), datetime(2024, 1, 1).tzname())
print(time(8, tzinfo=zones[2]).utcoffset(), time(8, tzinfo=zones[2]).tzname(), time(8).dst())
print(moment.replace(tzinfo=None), moment.replace(tzinfo=zones[2]), moment.replace(tzinfo=zones[2]) - moment)
print(moment.timetz(), moment.utctimetuple()[:6], datetime(2024, 1, 1, tzinfo=zones[3]).utctimetuple()[:6])

# Naive values are local time, and the local zone here is UTC.
naive = datetime(2024, 3, 10, 2, 30)
print(naive.astimezone(), naive.astimezone().tzinfo, naive.astimezone(zones[4]))
print(naive.timestamp(), naive.replace(tzinfo=zones[2]).timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp(), datetime(2038, 1, 19, 3, 14, 8).timestamp())

for stamp in [0, 1_700_000_000, 1_700_000_000.5, -1.25, 951_782_400, 253402297199, 1e-6, 0.0000005, 1.9999999]:
    aware = datetime.fromtimestamp(stamp, tz=timezone.utc)
    print(stamp, repr(aware), aware.astimezone(zones[2]).strftime("%H:%M:%S.%f %Z"), datetime.utcfromtimestamp(stamp))
print(datetime.fromtimestamp(1_700_000_000), datetime.fromtimestamp(0, zones[3]), date.fromtimestamp(1_700_000_000))
print(datetime.fromtimestamp(86400 * 365.25, timezone.utc).timestamp(), datetime.fromtimestamp(-86400 * 365, zones[4]))
print(datetime.utcfromtimestamp(1_234_567_890).replace(tzinfo=timezone.utc).timestamp())
print(type(datetime.now(timezone.utc)).__name__, datetime.now(zones[2]).tzinfo, datetime.now().tzinfo)
print(abs(datetime.now(timezone.utc) - datetime.now(timezone.utc).astimezone(zones[3])) < timedelta(seconds=1))
print(abs(datetime.now() - datetime.utcnow()) < timedelta(seconds=1), type(date.today()).__name__)

errors = [
    lambda: datetime.fromtimestamp(1e20, timezone.utc),
    lambda: datetime.fromtimestamp(253402300800, timezone.utc),
    lambda: datetime.fromtimestamp(253402300799, timezone.utc).astimezone(zones[2]),
    lambda: datetime.fromtimestamp(float("nan"), timezone.utc),
    lambda: datetime.fromtimestamp("0"),
    lambda: datetime.fromtimestamp(0, "UTC"),
    lambda: datetime.utcfromtimestamp(-1e15),
    lambda: date.fromtimestamp(1e19),
    lambda: moment.astimezone("UTC"),
    lambda: moment.astimezone(timezone.utc, 1),
    lambda: timezone.utc.fromutc(datetime(2024, 1, 1)),
    lambda: zones[2].fromutc(datetime(2024, 1, 1, tzinfo=zones[3])),
    lambda: zones[2].utcoffset("now"),
    lambda: zones[2].tzname(5),
    lambda: timezone(timedelta(hours=1), name=None),
    lambda: timezone(timedelta(microseconds=1)) == 0,
    lambda: datetime.max.replace(tzinfo=zones[3]).astimezone(timezone.utc),
]
for op in errors:
    try:
        print("ok", repr(op()))
    except Exception as e:
        print(type(e).__name__, e)
