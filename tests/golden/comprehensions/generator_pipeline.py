# Generator expressions fed to reducers: sum/any/all/min/max with defaults and keys, next()
# with a default, chained genexprs over log lines, and short-circuiting shown by side effects.
LOG = """\
2024-01-03 10:00:01 INFO  auth   login ok user=ann
2024-01-03 10:00:04 WARN  disk   usage 81%
2024-01-03 10:01:10 ERROR db     timeout after 30s
2024-01-03 10:02:00 INFO  auth   login ok user=bob
2024-01-03 10:02:30 ERROR auth   bad password user=eve
2024-01-03 10:03:15 INFO  disk   usage 65%
"""

seen = []


def parse(line):
    seen.append(line[11:19])
    date, time, level, system, *rest = line.split()
    return {"time": time, "level": level, "system": system, "msg": " ".join(rest)}


records = (parse(l) for l in LOG.splitlines() if l.strip())
errors = (r for r in records if r["level"] == "ERROR")
first = next(errors)
print(first, seen)
print(next((r["msg"] for r in errors if r["system"] == "auth"), "none"), seen)
print(next(errors, "exhausted"), len(seen))

entries = [parse(l) for l in LOG.splitlines()]
print(any(e["level"] == "WARN" for e in entries), all(e["time"] < "11" for e in entries))
print(sum(1 for e in entries if e["system"] == "auth"), max((e["time"] for e in entries if e["level"] == "INFO")))
print(min((e for e in entries if e["level"] == "DEBUG"), default=None, key=lambda e: e["time"]))
usage = [int(e["msg"].split()[-1].rstrip("%")) for e in entries if e["msg"].startswith("usage")]
print(usage, sum(usage) / len(usage))
by_system = {s: [e["level"][0] for e in entries if e["system"] == s] for s in dict.fromkeys(e["system"] for e in entries)}
print(by_system)
users = sorted({w.split("=")[1] for e in entries for w in e["msg"].split() if w.startswith("user=")})
print(users)
calls = []
def check(n):
    calls.append(n)
    return n > 2
print(any(check(n) for n in range(10)), calls)
calls.clear()
print(all(check(n) for n in [5, 4, 1, 7]), calls)
g = (n * n for n in range(5))
print(list(zip(g, "abc")), list(g))
