# Validating decoded JSON-like config entries with match: mapping patterns with **rest,
# sequence patterns with stars, builtin class patterns (str(), int()), alternatives with
# as-captures, and guards.
def check(entry):
    match entry:
        case {"type": "http", "port": int(port), **rest} if 0 < port < 65536:
            return f"http on {port}" + (f" extra={sorted(rest)}" if rest else "")
        case {"type": "http", "port": port}:
            return f"http: bad port {port!r}"
        case {"type": "cron", "schedule": [str(minute), str(hour), *others]}:
            return f"cron {hour}:{minute} (+{len(others)} fields)"
        case {"type": ("queue" | "topic") as kind, "name": str() as name} if name.isidentifier():
            return f"{kind} {name}"
        case {"type": "queue" | "topic", "name": name}:
            return f"invalid name {name!r}"
        case {"type": str(t)}:
            return f"unknown type {t}"
        case [first, *_, last] if first == last:
            return f"ring of {len(entry)} starting {first}"
        case [int() | float() as x, int() | float() as y]:
            return f"point({x}, {y})"
        case []:
            return "empty list"
        case str():
            return f"bare string {entry!r}"
        case {}:
            return f"mapping without type: {list(entry)}"
        case _:
            return f"unrecognised {type(entry).__name__}"


entries = [
    {"type": "http", "port": 8080},
    {"type": "http", "port": 8443, "tls": True, "host": "x"},
    {"type": "http", "port": 70000},
    {"type": "http", "port": "80"},
    {"type": "cron", "schedule": ["*/5", "3", "*", "*", "1"]},
    {"type": "cron", "schedule": ("0", "12")},
    {"type": "cron", "schedule": "0 12 * * *"},
    {"type": "queue", "name": "jobs"},
    {"type": "topic", "name": "bad-name"},
    {"type": "ftp"},
    {"type": 5},
    ["a", "b", "a"],
    [1, 2.5],
    (3, 4),
    [True, 1],
    [],
    "hello",
    {"name": "x"},
    42,
    None,
]
for e in entries:
    print(f"{str(e):<52} -> {check(e)}")
