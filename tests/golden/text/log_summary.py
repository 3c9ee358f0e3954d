"""Summarise an inline application log: levels, per-module counts, slowest requests."""
from dataclasses import dataclass
from enum import Enum
import sys

LOG = """\
2024-03-01 10:00:01 INFO  api.users    GET /users 200 12ms
2024-03-01 10:00:02 DEBUG db.pool      acquired conn=3
2024-03-01 10:00:02 INFO  api.orders   POST /orders 201 87ms
2024-03-01 10:00:04 WARN  api.orders   slow query took 450ms
2024-03-01 10:00:05 ERROR api.billing  POST /charge 502 1203ms
2024-03-01 10:00:05 INFO  api.users    GET /users/7 404 3ms
2024-03-01 10:00:09 INFO  api.orders   GET /orders 200 45ms
2024-03-01 10:00:11 ERROR db.pool      timeout conn=5
this line is garbage
2024-03-01 10:00:12 INFO  api.billing  POST /charge 200 310ms
2024-03-01 10:00:13 CRIT  api.billing  circuit open
"""


class Level(Enum):
    DEBUG = 10
    INFO = 20
    WARN = 30
    ERROR = 40

    def __lt__(self, other: "Level") -> bool:
        return self.value < other.value


@dataclass
class Entry:
    time: str
    level: Level
    module: str
    message: str

    def request(self) -> tuple[str, str, int, int] | None:
        parts = self.message.split()
        if len(parts) == 4 and parts[3].endswith("ms") and parts[2].isdigit():
            method, path, status, ms = parts
            return method, path, int(status), int(ms[:-2])
        return None


def parse(text: str) -> list[Entry]:
    entries = []
    for n, line in enumerate(text.splitlines(), 1):
        try:
            date, time, level, module, message = line.split(maxsplit=4)
            entries.append(Entry(time, Level[level], module, message))
        except ValueError:
            print(f"line {n}: cannot split {line!r}", file=sys.stderr)
        except KeyError as e:
            print(f"line {n}: unknown level {e}", file=sys.stderr)
    return entries


entries = parse(LOG)
print(f"{len(entries)} entries parsed")
levels: dict[Level, int] = {}
for e in entries:
    levels[e.level] = levels.get(e.level, 0) + 1
for lvl in sorted(levels):
    print(f"  {lvl.name:<6}{levels[lvl]:>3} {'*' * levels[lvl]}")

modules: dict[str, dict[str, int]] = {}
for e in entries:
    top, _, sub = e.module.partition(".")
    modules.setdefault(top, {}).setdefault(sub, 0)
    modules[top][sub] += 1
for top, subs in sorted(modules.items()):
    inner = ", ".join(f"{k}={v}" for k, v in sorted(subs.items(), key=lambda kv: (-kv[1], kv[0])))
    print(f"{top}: {inner}")

reqs = [(e, r) for e in entries if (r := e.request()) is not None]
print(f"{len(reqs)} requests; statuses: {sorted({r[2] for _, r in reqs})}")
for e, (method, path, status, ms) in sorted(reqs, key=lambda er: er[1][3], reverse=True)[:3]:
    flag = "!" if status >= 500 else ("?" if status >= 400 else " ")
    print(f"{flag} {e.time} {method:<5}{path:<12}{status:>4}{ms:>7,d} ms")
avg = sum(r[3] for _, r in reqs) / len(reqs)
print(f"average {avg:.1f} ms, median {sorted(r[3] for _, r in reqs)[len(reqs) // 2]} ms")
worst = max(entries, key=lambda e: e.level)
print("worst:", worst.level, worst.module, worst.message)
errors_by_minute = {}
for e in entries:
    if e.level >= Level.WARN:
        errors_by_minute.setdefault(e.time[:5], []).append(e.module)
print(errors_by_minute)
