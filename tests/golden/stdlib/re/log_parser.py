# An access-log analyser: a verbose pattern with named groups parses each line, malformed lines
# are reported, and per-status / per-path summaries are printed with spans and groupdicts.
import re

LOG = """\
127.0.0.1 - - [10/Oct/2023:13:55:36 +0200] "GET /index.html HTTP/1.1" 200 2326 "-" "curl/8.0"
10.0.0.7 - alice [10/Oct/2023:13:55:40 +0200] "POST /api/login HTTP/1.1" 302 0 "https://ex.org/" "Mozilla/5.0"
this line is garbage
192.168.1.20 - - [10/Oct/2023:13:56:02 +0200] "GET /café/menu?lang=fr HTTP/2.0" 404 512
10.0.0.7 - alice [10/Oct/2023:13:57:11 +0200] "DELETE /api/items/42 HTTP/1.1" 204 - "-" "python-requests/2.31"
"""

LINE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})      # client address
    \s+-\s+(?P<user>-|\w+)                 # identd is always '-', then the user
    \s+\[(?P<day>\d{2})/(?P<mon>[A-Z][a-z]{2})/(?P<year>\d{4})
        :(?P<time>\d{2}:\d{2}:\d{2})\s(?P<tz>[+-]\d{4})\]
    \s+"(?P<method>[A-Z]+)\s(?P<path>\S+)\s(?P<proto>HTTP/\d\.\d)"
    \s+(?P<status>\d{3})\s+(?P<size>\d+|-)  # size may be '-'
    (?:\s+"(?P<referer>[^"]*)"\s+"(?P<agent>[^"]*)")?
    $""", re.VERBOSE | re.MULTILINE)

print(LINE.groups, sorted(LINE.groupindex.items(), key=lambda kv: kv[1])[:4])
print(LINE.flags & re.VERBOSE == re.VERBOSE, bool(LINE.flags & re.MULTILINE))

by_status = {}
for m in LINE.finditer(LOG):
    d = m.groupdict()
    print(m.start(), m.end(), m.span("path"), d["method"], d["path"], d["status"])
    print("   ", m.group("ip", "user"), m["tz"], m.lastgroup, m.lastindex)
    by_status.setdefault(d["status"], []).append(d["path"])
print(by_status)

for number, line in enumerate(LOG.splitlines(), 1):
    if not LINE.fullmatch(line):
        print(f"line {number} unparsed: {line!r}")

# the same lines, read one by one with match() and the size converted
sizes = []
for line in LOG.splitlines():
    m = LINE.match(line)
    if m:
        size = m.group("size")
        sizes.append(0 if size == "-" else int(size))
print("total bytes", sum(sizes), sizes)

# paths split into segments and their query strings parsed
QUERY = re.compile(r"(?P<key>[^&=?]+)=(?P<value>[^&]*)")
for path in re.findall(r'"[A-Z]+ (\S+) HTTP', LOG):
    segments = re.split(r"/+", path.partition("?")[0].strip("/"))
    query = dict(QUERY.findall(path.partition("?")[2]))
    print(segments, query)

# time stamps: findall with several groups gives tuples
print(re.findall(r"\[(\d+)/(\w+)/\d+:(\d\d):(\d\d)", LOG))
# users other than '-', counted with a backreference to spot repeats on adjacent lines
print(re.findall(r"^\S+ - (\w+) .*\n(?=\S+ - \1 )", LOG, re.M))
print(re.search(r"(?m)^(?P<ip>\S+) - (?P<u>\w+).*\n(?:.*\n)*?(?P=ip) - (?P=u)", LOG).group("ip", "u"))
agents = [m.group("agent") for m in LINE.finditer(LOG)]
print(agents)
print(re.sub(r"\d+(?=\.\d+\.\d+\.\d+ )", "x", LOG.splitlines()[0]))
