# An async event dispatcher: dataclass events matched by class patterns with __match_args__,
# keyword sub-patterns, nested patterns, enum members as value patterns, and a queue-driven loop.
import asyncio
from dataclasses import dataclass
from enum import Enum


class Button(Enum):
    LEFT = 1
    RIGHT = 2


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Click:
    pos: Point
    button: Button


@dataclass
class Key:
    name: str
    mods: tuple = ()


@dataclass
class Resize:
    width: int
    height: int


def describe(event):
    match event:
        case Click(Point(0, 0), Button.LEFT):
            return "left click at origin"
        case Click(Point(x, y), Button.RIGHT) if x == y:
            return f"right click on diagonal {x}"
        case Click(pos=Point(x=x), button=b):
            return f"{b.name.lower()} click at column {x}"
        case Key("q", mods) if "ctrl" in mods:
            return "quit"
        case Key(name, ("shift",)) if len(name) == 1:
            return f"type {name.upper()}"
        case Key(name=str(name)) if name.startswith("F") and name[1:].isdigit():
            return f"function key {int(name[1:])}"
        case Key(name):
            return f"key {name}"
        case Resize(w, h) if w * h == 0:
            return "minimised"
        case Resize(width=w, height=h):
            return f"resize to {w}x{h} ({'landscape' if w > h else 'portrait'})"
        case _:
            return f"ignored {event!r}"


async def dispatcher(queue, log):
    while True:
        event = await queue.get()
        if event is None:
            break
        log.append(describe(event))
        await asyncio.sleep(0)


async def main():
    queue, log = asyncio.Queue(), []
    task = asyncio.create_task(dispatcher(queue, log))
    events = [Click(Point(0, 0), Button.LEFT), Click(Point(4, 4), Button.RIGHT),
              Click(Point(3, 9), Button.RIGHT), Click(Point(7, 1), Button.LEFT),
              Key("q", ("ctrl",)), Key("a", ("shift",)), Key("F11"), Key("Tab", ("alt",)),
              Resize(0, 300), Resize(800, 600), Resize(600, 800), Point(1, 2), "noise"]
    for e in events:
        await queue.put(e)
    await queue.put(None)
    await task
    for e, line in zip(events, log):
        print(f"{type(e).__name__:>6}: {line}")
    print(Click.__match_args__, Key.__match_args__)


asyncio.run(main())
