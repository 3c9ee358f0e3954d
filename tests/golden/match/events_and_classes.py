# Mapping and class patterns over a stream of events: __match_args__, keyword sub-patterns,
# nested patterns, **rest, built-in classes matching their own value.
class Click:
    __match_args__ = ("x", "y")

    def __init__(self, x, y, button="left"):
        self.x, self.y, self.button = x, y, button


class Key:
    __match_args__ = ("name",)

    def __init__(self, name, mods=()):
        self.name, self.mods = name, mods


def route(event):
    match event:
        case Click(x, y, button="right"):
            return f"context menu at {x},{y}"
        case Click(0, 0):
            return "corner click"
        case Click(x=x) if x > 100:
            return f"right half click x={x}"
        case Click():
            return "click"
        case Key("q", mods=("ctrl",)):
            return "quit"
        case Key(str(name)) if len(name) == 1:
            return f"typed {name}"
        case Key(name):
            return f"special key {name}"
        case {"kind": "resize", "size": (w, h)}:
            return f"resize to {w}x{h}"
        case {"kind": "scroll", "delta": int(d) | float(d)}:
            return f"scroll by {d}"
        case {"kind": kind, **extra} if extra:
            return f"{kind} with {sorted(extra)}"
        case {"kind": kind}:
            return f"bare {kind}"
        case [Click() as first, *others]:
            return f"{1 + len(others)} clicks, first at {first.x}"
        case int(n) | float(n):
            return f"number {n}"
        case _:
            return f"ignored {event!r}"


events = [Click(3, 4, "right"), Click(0, 0), Click(150, 2), Click(5, 5), Key("q", ("ctrl",)), Key("a"),
          Key("Enter"), {"kind": "resize", "size": (800, 600)}, {"kind": "scroll", "delta": -2.5},
          {"kind": "drag", "from": 1, "to": 2}, {"kind": "idle"}, [Click(9, 9), Click(1, 1)], 7, "noise"]
for e in events:
    print(route(e))
