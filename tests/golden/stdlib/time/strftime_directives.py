# time.strftime with many directives on fixed tuples and on gmtime(fixed); an asyncio log
# formatter stamping records with fixed times; out-of-range fields and bad tuples.
import asyncio
import time

DIRECTIVES = "%Y %m %d %H %M %S %j %a %A %b %B %p %y %Z %z %% %e %U %W %w %I %u %V %G %C %D %T %R %h %n|%t|"
STAMPS = [0, 951_782_400, 1_234_567_890, 1_700_000_000, 4_102_444_799]

for stamp in STAMPS:
    t = time.gmtime(stamp)
    print(stamp, repr(time.strftime(DIRECTIVES, t)))
    print("  ", time.strftime("%c | %x | %X", t))

FIXED = [
    (2024, 1, 1, 0, 0, 0, 0, 1, 0),
    (2024, 12, 31, 23, 59, 59, 1, 366, 0),
    (1999, 7, 4, 12, 5, 9, 6, 185, -1),
    (2021, 3, 14, 13, 0, 0, 6, 73, 0),
]
for tup in FIXED:
    print(time.strftime("%Y-%m-%dT%H:%M:%S %a %b %j %I%p %U/%W/%w", tup))
print(repr(time.strftime("", FIXED[0])), repr(time.strftime("plain text", FIXED[0])))
print(time.strftime("%%Y is %Y, 100%% done", FIXED[1]))
print(time.strftime("%Y" * 5, FIXED[0]), len(time.strftime("%A " * 200, FIXED[0])))
print(time.strftime("[%5Y] [%-d] [%_m]", FIXED[2]))
print(time.strftime("%Y", (5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%Y", (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y-%m-%d", time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, 0))))
for isdst in (0, 1, -1):
    print(isdst, repr(time.strftime("%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, isdst))))
print(time.strftime("%H:%M %Z %z", time.struct_time((2024, 1, 1, 9, 0, 0, 0, 1, 0, "CET", 3600))))

# Zero fields are accepted and adjusted: month 0 -> January, day 0 -> 1, yday 0 -> 1.
print(time.strftime("%m %d %j %a", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%S", (2024, 1, 1, 0, 0, 61, 0, 1, 0)), time.strftime("%w %a", (2024, 1, 1, 0, 0, 0, -1, 1, 0)))


async def log(records, name, stamp, message):
    await asyncio.sleep(0)
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(stamp))
    records.append(f"{when} [{name:>6}] {message}")


async def main():
    records = []
    base = 1_700_000_000
    await asyncio.gather(
        log(records, "db", base, "connected"),
        log(records, "web", base + 61, "listening on :8080"),
        log(records, "worker", base + 3600 * 25, "job 7 done"),
    )
    for line in sorted(records):
        print(line)


asyncio.run(main())

for fmt, tup in [
    ("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)),
    ("%Y", (2024, -1, 1, 0, 0, 0, 0, 1, 0)),
    ("%Y", (2024, 1, 32, 0, 0, 0, 0, 1, 0)),
    ("%Y", (2024, 1, 1, 24, 0, 0, 0, 1, 0)),
    ("%Y", (2024, 1, 1, 0, 60, 0, 0, 1, 0)),
    ("%Y", (2024, 1, 1, 0, 0, 62, 0, 1, 0)),
    ("%Y", (2024, 1, 1, 0, 0, 0, 0, 367, 0)),
    ("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 2)),
    ("%Y", (2024, 1, 1)),
    ("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0, 0)),
    ("%Y", "2024-01-01"),
    ("%Y", (2024.5, 1, 1, 0, 0, 0, 0, 1, 0)),
    (42, (2024, 1, 1, 0, 0, 0, 0, 1, 0)),
    ("%Y", None),
]:
    try:
        print("ok", time.strftime(fmt, tup))
    except Exception as e:
        print(type(e).__name__, e)
