"""Validating and routing JSON-like API payloads with mapping, sequence and class patterns."""

REQUESTS = [
    {"type": "create_user", "user": {"name": "ann", "email": "ann@example.org", "age": 31}},
    {"type": "create_user", "user": {"name": "bo", "age": "12"}},
    {"type": "create_user", "user": {"name": "", "email": "x@y.z"}},
    {"type": "delete_user", "id": 7, "force": True},
    {"type": "delete_user", "id": -1},
    {"type": "batch", "items": [{"type": "ping"}, {"type": "ping", "echo": "hi"}]},
    {"type": "batch", "items": []},
    {"type": "search", "q": "lamp", "filters": {"price": [10, 50], "tags": ["home", "light"]}},
    {"type": "search", "q": "desk", "filters": {"price": [100]}},
    {"type": "search", "q": None},
    {"type": "upload", "files": [("a.txt", 120), ("b.png", 90000), ("c.bin", 0)]},
    {"type": "ping", "echo": 42, "trace": "abc", "extra": {"x": 1}},
    {"kind": "legacy", "payload": "..."},
    ["not", "a", "dict"],
    "ping",
    None,
    {"type": "metrics", "values": (1.5, 2, 3.25)},
]


def describe_value(v):
    match v:
        case None:
            return "null"
        case True | False as b:
            return f"bool:{b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float():
            return f"{type(v).__name__} {v}"
        case str() as s if s.isdigit():
            return f"numeric string {s!r}"
        case str(s):
            return f"string of {len(s)}"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"singleton [{describe_value(x)}]"
        case [first, *rest]:
            return f"seq({describe_value(first)}, +{len(rest)})"
        case {**kw} if not kw:
            return "empty map"
        case {}:
            return f"map with {sorted(v)}"
    return f"unknown {type(v).__name__}"


def handle(req, depth=0):
    pad = "  " * depth
    match req:
        case {"type": "create_user", "user": {"name": str(name), "email": str(email), **more}} if name and "@" in email:
            return f"{pad}create {name} <{email}> extras={more}"
        case {"type": "create_user", "user": {"name": str(name), "age": str(age)}} if age.isdigit():
            return f"{pad}create {name or '?'} (age coerced {int(age)}), no email"
        case {"type": "create_user", "user": user}:
            return f"{pad}invalid user: {', '.join(f'{k}={describe_value(v)}' for k, v in user.items())}"
        case {"type": "delete_user", "id": int(uid), "force": True} if uid > 0:
            return f"{pad}force-delete {uid}"
        case {"type": "delete_user", "id": int(uid)} if uid > 0:
            return f"{pad}delete {uid}"
        case {"type": "delete_user", "id": bad}:
            return f"{pad}bad id: {describe_value(bad)}"
        case {"type": "batch", "items": [_, *_] as items}:
            return "\n".join([f"{pad}batch of {len(items)}:"] + [handle(i, depth + 1) for i in items])
        case {"type": "batch"}:
            return f"{pad}empty batch"
        case {"type": "search", "q": str(q), "filters": {"price": [lo, hi], **rest}}:
            tags = rest.get("tags", [])
            return f"{pad}search {q!r} in [{lo}, {hi}] tags={'+'.join(tags)}"
        case {"type": "search", "q": str(q), "filters": {"price": [limit]}}:
            return f"{pad}search {q!r} up to {limit}"
        case {"type": "search", "q": q}:
            return f"{pad}search needs a query, got {describe_value(q)}"
        case {"type": "upload", "files": [*files]}:
            lines = []
            for f in files:
                match f:
                    case (name, 0):
                        lines.append(f"{name}: empty, skipped")
                    case (str(name), int(size)) if size > 50_000:
                        lines.append(f"{name}: {size / 1024:.1f} KiB (large)")
                    case (name, size):
                        lines.append(f"{name}: {size} B")
            return f"{pad}upload " + "; ".join(lines)
        case {"type": "ping", "echo": echo, **rest}:
            return f"{pad}pong {echo!r} (ignored {sorted(rest)})"
        case {"type": "ping"}:
            return f"{pad}pong"
        case {"type": "metrics", "values": (float() | int(), *_) as vals}:
            return f"{pad}metrics avg={sum(vals) / len(vals):.3f} of {describe_value(vals)}"
        case {"type": str(t)}:
            return f"{pad}unsupported type {t!r}"
        case dict():
            return f"{pad}no type field: {describe_value(req)}"
        case _:
            return f"{pad}rejected: {describe_value(req)}"


for r in REQUESTS:
    print(handle(r))

print(describe_value([1]), describe_value((1, 2, 3)), describe_value(-3), describe_value("42"), describe_value(2.5))
print(describe_value({}), describe_value(b"bytes"), describe_value(range(3)), describe_value([[]]))
status = {"ok": 0, "warn": 0}
for r in REQUESTS:
    match handle(r).split()[0]:
        case "invalid" | "bad" | "rejected" | "unsupported" | "no":
            status["warn"] += 1
        case _:
            status["ok"] += 1
print(status)
handle({"type": "upload", "files": [("x", 1, 2)]})
print(handle({"type": "upload", "files": "abc"}))
handle({"type": "batch", "items": [{"type": "search", "q": "x", "filters": {"price": [1, 2, 3]}}, {"type": "metrics", "values": []}]}).upper()
