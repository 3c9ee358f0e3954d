from dataclasses import dataclass


@dataclass
class Click:
    x: int
    y: int
    button: str = "left"


@dataclass
class Key:
    key: str
    mods: tuple = ()


events = [
    {"type": "click", "pos": [10, 20]},
    {"type": "click", "pos": [0, 0], "button": "right"},
    {"type": "key", "key": "q", "mods": ["ctrl"]},
    {"type": "key", "key": "Enter"},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 0},
    {"type": "resize", "size": {"w": 800, "h": 600}},
    {"type": "batch", "items": [{"type": "key", "key": "a"}, {"type": "click", "pos": [1, 2]}]},
    {"kind": "unknown"},
    ["legacy", 1, 2, 3],
    "ping",
    42,
]


def decode(ev):
    match ev:
        case {"type": "click", "pos": [x, y], **rest}:
            return Click(x, y, rest.get("button", "left"))
        case {"type": "key", "key": str(k), "mods": [*mods]}:
            return Key(k, tuple(mods))
        case {"type": "key", "key": k}:
            return Key(k)
        case {"type": "scroll", "delta": 0}:
            return "no-op scroll"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return f"scroll up {-d}"
        case {"type": "resize", "size": {"w": w, "h": h}}:
            return f"resize {w}x{h}"
        case {"type": "batch", "items": list(items)}:
            return [decode(i) for i in items]
        case ["legacy", first, *others]:
            return f"legacy {first} +{len(others)}"
        case "ping" | "pong" as p:
            return p.upper()
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return f"?? {ev!r}"


def describe(obj):
    match obj:
        case Click(x=0, y=0):
            return "click at origin"
        case Click(x, y, button="right"):
            return f"right-click {x},{y}"
        case Click(x=x, y=y):
            return f"click {x},{y}"
        case Key(key="q", mods=("ctrl",)):
            return "quit shortcut"
        case Key(key=k) if len(k) > 1:
            return f"special key {k}"
        case Key():
            return f"key {obj.key}"
        case [*items]:
            return " & ".join(describe(i) for i in items)
        case str() as s:
            return s
        case _:
            return "??"


for ev in events:
    d = decode(ev)
    print(f"{d!r:<45} -> {describe(d)}")
