# Mapping patterns over JSON-like event dicts: **rest, guards, or-patterns, nested values.
def route(event):
    match event:
        case {"type": "click", "pos": [x, y], **rest} if not rest:
            return f"click at {x},{y}"
        case {"type": "click", "pos": [x, y], "button": "left" | "right" as b}:
            return f"{b} click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"typed {k!r}"
        case {"type": "key", "key": "Enter" | "Return"}:
            return "submit"
        case {"type": "key", "mods": [*mods], "key": k}:
            return "+".join([*mods, k])
        case {"type": "scroll", "delta": int(d)} if d > 0:
            return f"scroll down {d}"
        case {"type": "scroll", "delta": int(d)}:
            return f"scroll up {-d}"
        case {"type": "batch", "events": [first, *others]}:
            inner = [route(first)] + [route(e) for e in others]
            return f"batch[{'; '.join(inner)}]"
        case {"type": t, **rest}:
            keys = sorted(rest)
            return f"unhandled {t} with {keys}"
        case {}:
            return "no type"
        case _:
            return f"not an event: {event!r}"


events = [
    {"type": "click", "pos": [10, 20]},
    {"type": "click", "pos": (3, 4), "button": "right"},
    {"type": "click", "pos": [1, 1], "button": "middle"},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "Return"},
    {"type": "key", "key": "Delete", "mods": ["ctrl", "alt"]},
    {"type": "key", "key": "F5"},
    {"type": "scroll", "delta": 3},
    {"type": "scroll", "delta": -7},
    {"type": "scroll", "delta": 1.5},
    {"type": "batch", "events": [{"type": "key", "key": "x"}, {"type": "scroll", "delta": 2}]},
    {"type": "batch", "events": []},
    {"size": 3},
    ["type", "click"],
    "click",
]
for i, e in enumerate(events):
    print(i, route(e))

config = {"name": "svc", "port": 8080, "tls": {"cert": "a.pem", "key": "a.key"}, "debug": False}
match config:
    case {"name": str(name), "port": int(port), "tls": {"cert": cert, **tls_rest}, **others}:
        print(name, port, cert, tls_rest, others)
