"""Parse web server access logs, aggregate by status/path, and print a summary with f-string debugging."""
from dataclasses import dataclass, field
from typing import Iterator, NamedTuple, Literal
from functools import reduce

LOG = """\
192.168.1.10 - - [12/Mar/2024:10:01:02] "GET /index.html HTTP/1.1" 200 5120 0.012
192.168.1.11 - alice [12/Mar/2024:10:01:05] "POST /api/login HTTP/1.1" 302 0 0.140
10.0.0.5 - - [12/Mar/2024:10:02:10] "GET /static/app.js HTTP/1.1" 200 48213 0.004
10.0.0.5 - - [12/Mar/2024:10:02:11] "GET /favicon.ico HTTP/1.1" 404 153 0.001
192.168.1.10 - bob [12/Mar/2024:10:03:00] "GET /api/items?page=2 HTTP/1.1" 200 2048 0.087
garbage line without structure
172.16.0.2 - - [12/Mar/2024:10:04:45] "DELETE /api/items/7 HTTP/1.1" 500 512 1.503
192.168.1.11 - alice [12/Mar/2024:10:05:01] "GET /api/items?page=1 HTTP/1.1" 200 4096 0.091
10.0.0.5 - - [12/Mar/2024:10:05:30] "GET /index.html HTTP/1.1" 304 0 0.002
"""

Method = Literal["GET", "POST", "PUT", "DELETE"]


class Hit(NamedTuple):
    ip: str
    user: str | None
    time: str
    method: str
    path: str
    query: str
    status: int
    size: int
    seconds: float

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 400


def parse(text: str) -> Iterator[Hit | str]:
    for lineno, line in enumerate(text.splitlines(), 1):
        try:
            head, request, tail = line.split('"')
            ip, _, user, stamp = head.split(maxsplit=3)
            method, target, _proto = request.split()
            status, size, secs = tail.split()
            path, _, query = target.partition("?")
            yield Hit(ip, None if user == "-" else user, stamp.strip("[] "), method, path, query,
                      int(status), int(size), float(secs))
        except ValueError as e:
            yield f"line {lineno}: {e}"


@dataclass
class Summary:
    hits: int = 0
    bytes: int = 0
    by_status: dict[int, int] = field(default_factory=dict)
    by_path: dict[str, list[float]] = field(default_factory=dict)
    users: set[str] = field(default_factory=set)

    def add(self, h: Hit) -> "Summary":
        self.hits += 1
        self.bytes += h.size
        self.by_status[h.status] = self.by_status.get(h.status, 0) + 1
        self.by_path.setdefault(h.path, []).append(h.seconds)
        if h.user:
            self.users.add(h.user)
        return self


items = list(parse(LOG))
hits = [h for h in items if isinstance(h, Hit)]
errors = [e for e in items if isinstance(e, str)]
summary = reduce(Summary.add, hits, Summary())
print(f"{summary.hits=} {summary.bytes=:,} {len(errors)=}")
print(*errors, sep="\n")
for status, n in sorted(summary.by_status.items()):
    kind = {2: "success", 3: "redirect", 4: "client error", 5: "server error"}[status // 100]
    print(f"  {status} {kind:<13}{n:>3} {'*' * n}")
print(f"{'path':<18}{'n':>3}{'avg ms':>9}{'max ms':>9}")
for path, times in sorted(summary.by_path.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{path:<18}{len(times):>3}{sum(times) / len(times) * 1000:>9.1f}{max(times) * 1000:>9.1f}")
slowest = max(hits, key=lambda h: h.seconds)
print(f"{slowest.path = }, {slowest.seconds = :.2f}, {slowest.ok = }")
print(f"users: {sorted(summary.users)!r}; ips: {len({h.ip for h in hits})}")
by_ip: dict[str, int] = {}
for h in hits:
    by_ip[h.ip] = by_ip.get(h.ip, 0) + h.size
top_ip, top_bytes = max(by_ip.items(), key=lambda kv: kv[1])
print("top talker {0} with {1:,} bytes ({2:.1%} of traffic)".format(top_ip, top_bytes, top_bytes / summary.bytes))
print("{h.method} {h.path} -> {h.status}; first octet {ip[0]}".format(h=hits[4], ip=hits[4].ip.split(".")))
pages = [int(q.split("=")[1]) for h in hits if (q := h.query).startswith("page=")]
print(f"pages requested: {pages} {sum(pages)=}")
hours = {h.time.split(":")[1] + ":" + h.time.split(":")[2] for h in hits}
print("minutes with traffic:", ", ".join(sorted(hours)))
print(hits[0]._asdict()["path"], hits[0][6], hits[-1].ok, len(hits[0]), hits[0] < hits[1])
print(Method.__args__, Hit.ok.fget(hits[6]), Hit._field_defaults, Hit.__name__)
