# Parses access-log lines with split/rsplit/partition/rpartition, as a log tool would.
import asyncio

LOG = """\
2024-03-01 12:00:01 GET /index.html 200 512
2024-03-01 12:00:02 POST /api/v1/users?id=7 201 88
2024-03-01 12:00:05   GET   /static/app.js   304   0
bad line
2024-03-01 12:01:00 DELETE /api/v1/users/7 404 19
"""


async def parse(line):
    await asyncio.sleep(0)
    parts = line.split(None, 4)
    if len(parts) < 5:
        return None
    date, time, method, rest = parts[0], parts[1], parts[2], parts[3:]
    path_and_tail = " ".join(rest)
    path, _, tail = path_and_tail.partition(" ")
    status, size = tail.split()
    route, sep, query = path.partition("?")
    return {"when": date + "T" + time, "method": method, "route": route,
            "query": query if sep else None, "status": int(status), "size": int(size)}


async def main():
    lines = LOG.splitlines()
    print(len(lines), "lines")
    records = await asyncio.gather(*(parse(l) for l in lines))
    for r in records:
        print(r)
    print("a b  c".split(None, 1))
    print("a b  c  ".split(None, 1))
    print("  a b  c".rsplit(None, 1))
    print("a,b,,c,".split(","))
    print("a,b,,c,".rsplit(",", 2))
    print("a,b,,c,".split(",", maxsplit=1))
    print("k=v=w".rpartition("="), "k=v=w".partition("="), "kv".partition("="), "kv".rpartition("="))
    print("/api/v1/users/7".rsplit("/", 1)[-1])
    print("one\ntwo\r\nthree\rfour\x0bfive\x1csix\u2028seven\n".splitlines())
    print("one\ntwo\r\n\nthree".splitlines(keepends=True))
    print("".split(), "".split(","), "   ".split(), "x".splitlines(), "".splitlines())
    print("a\u3000b\xa0c\x1fd".split())
    try:
        "x".split("")
    except ValueError as e:
        print("ValueError:", e)
    try:
        "x".partition("")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
