LOG = """\
2024-01-01 10:00:01 INFO  start service=api
2024-01-01 10:00:02 WARN  slow query ms=350
2024-01-01 10:00:05 ERROR db timeout ms=5000
2024-01-01 10:01:00 INFO  request path=/home ms=12
# comment line
2024-01-01 10:01:07 ERROR worker crashed code=137
2024-01-01 10:02:00 INFO  request path=/about ms=8
"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines):
    for n, line in lines:
        if line.startswith("#") or not line.strip():
            continue
        date, time, level, *rest = line.split()
        fields = dict(p.split("=", 1) for p in rest if "=" in p)
        yield {"n": n, "time": time, "level": level, "msg": " ".join(p for p in rest if "=" not in p), **fields}


def only(level, records):
    return (r for r in records if r["level"] == level)


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


records = list(parse(read_lines(LOG)))
print(len(records), records[0])
for r in only("ERROR", records):
    print(f"line {r['n']}: {r['msg']!r} {r.get('code', '-')}")
print([r["time"] for r in take(2, only("INFO", iter(records)))])
print(list(window((int(r.get("ms", 0)) for r in records), 3)))
total = sum(int(r["ms"]) for r in records if "ms" in r)
print(total, max(records, key=lambda r: int(r.get("ms", -1)))["msg"])
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(levels)


def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return count


g = running_avg()
next(g)
print([g.send(x) for x in (10, 20, 60)])
try:
    g.send(None)
except StopIteration as e:
    print("done after", e.value)
gen = parse(read_lines("bad line"))
next(gen)
