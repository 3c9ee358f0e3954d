# time.mktime on fixed tuples (round trips with localtime under UTC), asctime/ctime of fixed
# values, the zone constants time.timezone/altzone/daylight/tzname, and their errors.
import time

print(time.timezone, time.altzone, time.daylight, time.tzname, type(time.tzname).__name__)

for tup in [
    (1970, 1, 1, 0, 0, 0, 0, 0, 0),
    (2000, 2, 29, 12, 0, 0, 0, 0, -1),
    (2009, 2, 13, 23, 31, 30, 0, 0, 0),
    (2038, 1, 19, 3, 14, 8, 0, 0, 0),
    (1969, 12, 31, 23, 59, 59, 0, 0, 0),
]:
    stamp = time.mktime(tup)
    print(tup[:6], type(stamp).__name__, stamp, time.localtime(stamp)[:6] == tup[:6])

# mktime normalises out-of-range fields; wday and yday are ignored.
print(time.mktime((2024, 1, 32, 0, 0, 0, 6, 300, 0)) == time.mktime((2024, 2, 1, 0, 0, 0, 0, 0, 0)))
print(time.localtime(time.mktime((2024, 13, 1, 0, 0, 0, 0, 0, 0)))[:3])
print(time.localtime(time.mktime((2024, 3, 0, 25, 61, 0, 0, 0, 0)))[:6])
print(time.localtime(time.mktime((2023, 1, 1, 0, 0, -1, 0, 0, 0)))[:6])
print(time.mktime(time.localtime(1_700_000_000)), time.mktime(time.gmtime(86400 * 365)))
print(time.mktime(time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0, "UTC", 0))))

for value in [(2024, 2, 29, 12, 30, 45, 3, 60, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0),
              (2024, 1, 1, 9, 5, 7, 0, 1, 0), time.gmtime(0), time.gmtime(1_234_567_890)]:
    print(repr(time.asctime(value)))
print(time.asctime((99999, 1, 1, 0, 0, 0, 0, 1, 0)), "|", time.asctime((5, 1, 1, 0, 0, 0, 0, 1, 0)))
for stamp in (0, 1, 86399.999, 951_782_400, 1_234_567_890, -1, 4_102_444_799):
    print(stamp, time.ctime(stamp))
print(time.ctime(1_700_000_000) == time.asctime(time.localtime(1_700_000_000)))
print(len(time.ctime()), len(time.asctime()), type(time.localtime()).__name__, len(time.gmtime()))

# A deadline report: parse "YYYY-MM-DD HH:MM" by hand, mktime it, subtract.
def stamp_of(text):
    day, clock = text.split()
    y, m, d = map(int, day.split("-"))
    hh, mm = map(int, clock.split(":"))
    return time.mktime((y, m, d, hh, mm, 0, 0, 0, 0))


start = stamp_of("2024-02-28 22:15")
for due in ["2024-02-29 06:00", "2024-03-01 00:00", "2025-02-28 22:15"]:
    secs = stamp_of(due) - start
    h, rem = divmod(int(secs), 3600)
    print(f"{due}: {secs:>10.0f}s = {h}h{rem // 60:02d}m", time.asctime(time.localtime(stamp_of(due))))

for bad in [
    lambda: time.mktime((2024, 1, 1)),
    lambda: time.mktime("2024"),
    lambda: time.mktime((10**20, 1, 1, 0, 0, 0, 0, 0, 0)),
    lambda: time.asctime((2024, 1, 1, 0, 0, 0, 7, 1, 0)),
    lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.asctime((2024, 1, 1, 0, 0, 0)),
    lambda: time.asctime(1),
    lambda: time.ctime("0"),
    lambda: time.ctime(1e20),
    lambda: time.ctime(float("inf")),
]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
