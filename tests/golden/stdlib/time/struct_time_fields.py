# time.gmtime/localtime of fixed timestamps and the struct_time they return: indexing, slicing,
# attributes (tm_zone, tm_gmtoff included), repr, len, unpacking, comparison with tuples;
# struct_time built from 9- and 11-item sequences, and the errors of bad arguments.
import time

EPOCH = time.gmtime(0)
print(EPOCH)
print(repr(time.gmtime(1_700_000_000)))
t = time.gmtime(1_234_567_890.75)
print(type(t).__name__, len(t), t[0], t[-1], t[1:4], t[::3], t[:])
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(repr(t.tm_zone), t.tm_gmtoff)
year, month, day, *rest = t
print(year, month, day, rest)
print(tuple(t), list(t)[:3])
print(t == (2009, 2, 13, 23, 31, 30, 4, 44, 0), t != tuple(t), t < (2010,), t > (2009, 2, 13))
print(EPOCH < t, max(EPOCH, t).tm_year, sorted([t, EPOCH])[0].tm_year)
print(time.gmtime(-86400), time.gmtime(951_782_400)[:3], time.gmtime(2**31)[:6])
print(time.gmtime(0.999)[5], time.gmtime(-0.5)[:6])

# localtime under UTC agrees with gmtime for fixed stamps.
lt = time.localtime(1_000_000_000)
print(lt, lt.tm_zone, lt.tm_gmtoff, lt[:] == time.gmtime(1_000_000_000)[:])

# Built by hand.
s9 = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(s9, s9.tm_zone, s9.tm_gmtoff)
s11 = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0, "XYZ", 3600))
print(s11, len(s11), s11.tm_zone, s11.tm_gmtoff, s11 == s9)
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9])[:], time.struct_time(range(9)).tm_yday)
print(time.struct_time("abcdefghi").tm_mon, s9.n_fields, s9.n_sequence_fields, s9.n_unnamed_fields)
print(s9.count(0), s9.index(12), 2024 in s9, "2024" in s9)

for bad in [
    lambda: time.struct_time((1, 2, 3)),
    lambda: time.struct_time(tuple(range(12))),
    lambda: time.struct_time(5),
    lambda: time.struct_time(),
    lambda: time.gmtime(1e20),
    lambda: time.gmtime(float("nan")),
    lambda: time.gmtime("0"),
    lambda: time.localtime(10**30),
    lambda: s9[9],
    lambda: setattr(s9, "tm_year", 2000),
    lambda: s9.__setitem__(0, 1),
    lambda: s9 < "x",
]:
    try:
        print("ok?", bad())
    except Exception as e:
        print(type(e).__name__, e)
