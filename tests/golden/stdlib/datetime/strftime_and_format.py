# strftime() and format()/f-strings on date, time and datetime: many directives, %z/%Z with
# and without a tzinfo, %f, literal text, empty specs; an asyncio log formatter whose tasks
# stamp records from a fixed start; errors of bad format arguments.
import asyncio
from datetime import date, datetime, time, timedelta, timezone

moment = datetime(2024, 3, 9, 7, 5, 3, 42)
aware = moment.replace(tzinfo=timezone(timedelta(hours=-8), "PST"))
half = moment.replace(tzinfo=timezone(timedelta(hours=5, minutes=45)))
print(moment.strftime("%Y-%m-%d %H:%M:%S.%f"), moment.strftime("%a %A %b %B %j %U %W %w %u"))
print(moment.strftime("%I:%M %p | %y | %C | %e | %D | %T | %R | %G-W%V-%u | %%"))
print(moment.strftime("%c | %x | %X"))
print(repr(moment.strftime("%z|%Z")), aware.strftime("%z|%Z"), half.strftime("%z|%Z"))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=-3661, microseconds=-7))).strftime("%z"))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).strftime("%H%M %z %Z"))
print(date(2024, 12, 30).strftime("%Y %G %V %u %j %H:%M:%S %f"), time(23, 4, 5, 6).strftime("%H %M %S %f %Y-%m-%d %p"))
print(repr(date(2024, 1, 1).strftime("")), date(2024, 1, 1).strftime("week %U of %Y, day %%j=%j"))
print(date(999, 1, 1).strftime("%Y|%y"), date(1, 2, 3).strftime("%Y/%m/%d"), date(9999, 12, 31).strftime("%Y %a"))
print(moment.strftime("€ %Y ü \u2603"), moment.strftime("%Q %K literal"), repr(moment.strftime("%")))

# format() and f-strings use strftime for a non-empty spec and str() for an empty one.
print(f"{moment:%Y-%m-%d}", f"{moment}", f"{moment!r}", f"{date(2024, 5, 1):%d.%m.%Y}")
print(f"{aware:%H:%M %Z}", f"{time(9, 30):%H.%M}", f"{moment:}", format(moment, ""), format(time(1), ""))
print(f"{moment:%d %B %Y at %H:%M}", "{:%j}".format(date(2024, 12, 31)), "{0:%Y}/{0:%m}".format(moment))
width = "%Y"
print(f"{moment:{width}-%m}", f"{moment:>30}", f"[{date(2024, 5, 1):<12}]", f"{timedelta(hours=1, minutes=2)}")
print(f"{timedelta(days=-1, seconds=5)!s:>20}|", format(timedelta(0), ""), str(timedelta(microseconds=10)))


class Record:
    def __init__(self, when, level, text):
        self.when, self.level, self.text = when, level, text

    def __format__(self, spec):
        stamp = self.when.strftime(spec or "%H:%M:%S")
        return f"{stamp} {self.level:<5} {self.text}"


async def service(name, start, steps, out):
    for i, (after, level, text) in enumerate(steps):
        await asyncio.sleep(0)
        when = start + timedelta(milliseconds=after)
        out.append((when, name, Record(when, level, f"{name}: {text}")))


async def main():
    start = datetime(2024, 3, 9, 23, 59, 59, 500000, tzinfo=timezone.utc)
    out = []
    await asyncio.gather(
        service("api", start, [(0, "INFO", "up"), (700, "WARN", "slow call"), (1500, "INFO", "ok")], out),
        service("db", start, [(250, "INFO", "pool ready"), (499, "ERROR", "lost connection")], out),
    )
    for when, name, rec in sorted(out, key=lambda r: (r[0], r[1])):
        print(f"{rec:%Y-%m-%dT%H:%M:%S.%f%z}")
    print(f"{out[0][2]}")
    first, last = min(r[0] for r in out), max(r[0] for r in out)
    print(f"span {last - first}, days {first:%a}->{last:%a}")


asyncio.run(main())

for bad in [lambda: moment.strftime(5), lambda: moment.strftime(), lambda: format(moment, 5),
            lambda: f"{moment:{5}}", lambda: moment.strftime("%Y\0%m"), lambda: date(2024, 1, 1).__format__(None),
            lambda: format(timedelta(1), "%d")]:
    try:
        print("ok", repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
