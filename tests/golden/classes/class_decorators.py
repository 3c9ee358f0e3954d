# Class decorators that register classes, add methods, and wrap methods to count calls.
import asyncio
import functools

COMMANDS = {}


def command(name):
    def register(cls):
        COMMANDS[name] = cls
        cls.command_name = name
        return cls
    return register


def auto_repr(cls):
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({inner})"
    cls.__repr__ = __repr__
    return cls


def count_calls(cls):
    cls.call_counts = {}
    for attr, value in list(vars(cls).items()):
        if callable(value) and not attr.startswith("_"):
            def make(name, fn):
                @functools.wraps(fn)
                def wrapper(self, *args, **kwargs):
                    cls.call_counts[name] = cls.call_counts.get(name, 0) + 1
                    return fn(self, *args, **kwargs)
                return wrapper
            setattr(cls, attr, make(attr, value))
    return cls


@command("move")
@auto_repr
@count_calls
class Move:
    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy

    def apply(self, pos):
        return (pos[0] + self.dx, pos[1] + self.dy)

    def invert(self):
        return Move(-self.dx, -self.dy)


@command("wait")
@auto_repr
class Wait:
    def __init__(self, turns):
        self.turns = turns

    def apply(self, pos):
        return pos


async def play(script):
    pos = (0, 0)
    history = []
    for name, *args in script:
        cmd = COMMANDS[name](*args)
        pos = cmd.apply(pos)
        history.append(cmd)
        await asyncio.sleep(0)
        print(f"{cmd!r:<22} -> {pos}")
    for cmd in reversed(history):
        if isinstance(cmd, Move):
            pos = cmd.invert().apply(pos)
    return pos


print(sorted(COMMANDS), Move.command_name, Wait.command_name)
print(asyncio.run(play([("move", 2, 3), ("wait", 1), ("move", -1, 4), ("move", 0, -2)])))
print(sorted(Move.call_counts.items()), Move.apply.__name__, Move.apply.__wrapped__.__name__)
print(hasattr(Wait, "call_counts"), repr(Wait(3)), Move(1, 1))
