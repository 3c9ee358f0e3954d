# A generator pipeline: read -> parse -> filter -> aggregate.
LOG = """\
2024-01-01 INFO  web   120
2024-01-01 ERROR db    5000
# comment line
2024-01-02 INFO  web   80

2024-01-02 WARN  cache 300
2024-01-03 ERROR web   4500
2024-01-03 INFO  db    95
malformed line
2024-01-04 INFO  web   110
"""


def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line


def skip_noise(lines):
    for number, line in lines:
        if line.strip() and not line.startswith("#"):
            yield number, line


def parse(lines):
    for number, line in lines:
        parts = line.split()
        if len(parts) != 4:
            print(f"  line {number}: cannot parse {line!r}")
            continue
        date, level, service, ms = parts
        yield {"date": date, "level": level, "service": service, "ms": int(ms)}


def only(records, **conditions):
    for r in records:
        if all(r[k] == v for k, v in conditions.items()):
            yield r


records = list(parse(skip_noise(read_lines(LOG))))
print(len(records), "records")
print("total ms", sum(r["ms"] for r in records))
web = only(parse(skip_noise(read_lines(LOG))), service="web")
print("web ms", [r["ms"] for r in web])
errors = only(iter(records), level="ERROR")
print("errors", [(r["date"], r["service"]) for r in errors])
by_service = {}
for r in records:
    by_service.setdefault(r["service"], []).append(r["ms"])
for svc, values in by_service.items():
    print(f"{svc:6} n={len(values)} max={max(values)} avg={sum(values) / len(values):.1f}")
slow = (r for r in records if r["ms"] > 200)
print("first slow", next(slow)["service"], "remaining", sum(1 for _ in slow))
