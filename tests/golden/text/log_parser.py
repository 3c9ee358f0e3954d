"""Parse web-server-style log lines with str methods only; aggregate and print aligned reports."""

LOG = """\
203.0.113.9 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
198.51.100.4 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 53 "-" "curl/8.0"
203.0.113.9 - - [10/Oct/2023:13:56:10 +0000] "GET /static/app.js HTTP/1.1" 200 10432 "/index.html" "Mozilla/5.0"
192.0.2.77 - - [10/Oct/2023:13:57:44 +0000] "GET /missing HTTP/1.1" 404 0 "-" "Googlebot/2.1"
198.51.100.4 - bob [10/Oct/2023:13:58:02 +0000] "POST /api/login HTTP/1.1" 200 87 "-" "curl/8.0"
garbage line without structure
203.0.113.9 - - [10/Oct/2023:14:01:00 +0000] "GET /api/items?page=2&sort=name HTTP/1.1" 200 512 "-" "Mozilla/5.0"
192.0.2.77 - - [10/Oct/2023:14:02:13 +0000] "HEAD / HTTP/1.0" 500 - "-" "Googlebot/2.1"
"""


class BadLine(ValueError):
    pass


def parse_line(line):
    try:
        ip, _, user, rest = line.split(" ", 3)
        stamp, _, rest = rest[1:].partition("] ")
        request, _, rest = rest[1:].partition('" ')
        status, size, rest = rest.split(" ", 2)
        referer, _, agent = rest.strip('"').partition('" "')
        method, path, proto = request.split()
    except ValueError as e:
        raise BadLine(f"cannot parse {line[:20]!r}") from e
    path, _, query = path.partition("?")
    params = dict(p.split("=", 1) for p in query.split("&")) if query else {}
    day, hour, minute, _ = stamp.split(" ")[0].split(":", 3)
    return {
        "ip": ip, "user": None if user == "-" else user, "day": day, "time": f"{hour}:{minute}",
        "method": method, "path": path, "params": params, "proto": proto.removeprefix("HTTP/"),
        "status": int(status), "size": 0 if size == "-" else int(size), "agent": agent.split("/")[0],
    }


def main():
    records, bad = [], []
    for n, line in enumerate(LOG.splitlines(), 1):
        try:
            records.append(parse_line(line))
        except BadLine as e:
            bad.append((n, str(e), type(e.__cause__).__name__))
    print(f"parsed {len(records)} records, {len(bad)} bad: {bad}")
    by_status = {}
    for r in records:
        by_status.setdefault(r["status"] // 100 * 100, []).append(r)
    for klass in sorted(by_status):
        rs = by_status[klass]
        print(f"{klass // 100}xx {len(rs):>3} {sum(r['size'] for r in rs):>8,} bytes  {sorted({r['path'] for r in rs})}")
    print()
    print(f"{'ip':<15}{'hits':>5}{'bytes':>9}  agents")
    ips = {}
    for r in records:
        d = ips.setdefault(r["ip"], {"hits": 0, "bytes": 0, "agents": []})
        d["hits"] += 1
        d["bytes"] += r["size"]
        if r["agent"] not in d["agents"]:
            d["agents"].append(r["agent"])
    for ip, d in sorted(ips.items(), key=lambda kv: (-kv[1]["bytes"], kv[0])):
        print(f"{ip:<15}{d['hits']:>5}{d['bytes']:>9}  {','.join(d['agents'])}")
    print()
    for r in records:
        flag = "!" if r["status"] >= 400 else " "
        q = "&".join(f"{k}={v}" for k, v in sorted(r["params"].items()))
        print(f"{flag}{r['time']} {r['method']:<5}{r['path'] + ('?' + q if q else ''):<28}{r['status']:>4} {r['user'] or '':>4} HTTP/{r['proto']}")
    logins = [r for r in records if r["path"] == "/api/login"]
    print("login attempts:", [(r["user"], r["status"]) for r in logins])
    octets = [tuple(int(p) for p in r["ip"].split(".")) for r in records]
    print("sorted ips:", [".".join(map(str, o)) for o in sorted(set(octets))])
    print(parse_line(LOG.splitlines()[5]))


main()
