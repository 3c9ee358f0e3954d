# Parsing dates and times with time.strptime and datetime.strptime (CPython's _strptime): the
# directives a log reader uses, %z offsets becoming timezones, week-based dates, the errors for
# text that does not match, and an uncaught one at the end.
import asyncio
import time
from datetime import date, datetime, timezone

LOG = [
    "2024-03-08 17:30:05,123 INFO  deploy started",
    "2024-03-08 17:31:44,900 WARN  slow response",
    "08/Mar/2024:17:32:10 +0200 GET /index.html",
    "Fri Mar  8 17:33:00 2024 shutdown",
]


def parse(line):
    if line[4] == "-":
        stamp = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
    elif line[2] == "/":
        stamp = datetime.strptime(line[:26], "%d/%b/%Y:%H:%M:%S %z")
    else:
        stamp = datetime.strptime(line[:24], "%a %b %d %H:%M:%S %Y")
    return stamp


async def reader(lines):
    out = []
    for line in lines:
        await asyncio.sleep(0)
        stamp = parse(line)
        out.append((stamp.isoformat(), stamp.tzinfo))
    return out


for iso, tz in asyncio.run(reader(LOG)):
    print(iso, tz)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: time.strptime("2024-03-08 17:30:05", "%Y-%m-%d %H:%M:%S"))
show(lambda: time.strptime("Fri Mar  8 17:30:05 2024"))
show(lambda: time.strptime("8 March 2024", "%d %B %Y")[:3])
show(lambda: (time.strptime("12:00 +0530", "%H:%M %z").tm_gmtoff, time.strptime("2024", "%Y").tm_zone))
show(lambda: datetime.strptime("2024-03-08T17:30:05.5-0330", "%Y-%m-%dT%H:%M:%S.%f%z"))
show(lambda: datetime.strptime("08/03/24 5PM", "%d/%m/%y %I%p"))
show(lambda: datetime.strptime("2024 10 5", "%Y %W %w"))
show(lambda: datetime.strptime("2024 10 5", "%G %V %u"))
show(lambda: datetime.strptime("2024 366", "%Y %j"))
show(lambda: datetime.strptime("Feb 29", "%b %d"))
show(lambda: datetime.strptime("UTC 2024", "%Z %Y"))
show(lambda: datetime.strptime("2024-03-08 Z", "%Y-%m-%d %z"))
show(lambda: datetime.strptime("1/2/2024", "%m/%d/%Y").date() == date(2024, 1, 2))
show(lambda: datetime.strptime("2024-03-08", "%Y-%m-%d").replace(tzinfo=timezone.utc).timestamp())
show(lambda: time.strptime("x", "%Y"))
show(lambda: time.strptime("2024 x", "%Y"))
show(lambda: time.strptime("2024", "%Q"))
show(lambda: time.strptime("2024", "%"))
show(lambda: datetime.strptime("2024-13-01", "%Y-%m-%d"))
show(lambda: datetime.strptime("2024-02-30", "%Y-%m-%d"))
show(lambda: datetime.strptime("2024 1", "%G %V"))
show(lambda: datetime.strptime(2024, "%Y"))
show(lambda: datetime.strptime("2024", None))
show(lambda: time.strptime(b"2024", "%Y"))

datetime.strptime("08/Mar/2024", "%Y-%m-%d")
