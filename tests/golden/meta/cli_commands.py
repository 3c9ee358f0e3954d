"""A tiny CLI framework: commands register via __init_subclass__, options are descriptors."""
import sys
from abc import ABC, abstractmethod


class Option:
    def __init__(self, default, conv=str, help=""):
        self.default = default
        self.conv = conv
        self.help = help

    def __set_name__(self, owner, name):
        self.name = name
        owner.options = {**getattr(owner, "options", {}), name: self}

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.values.get(self.name, self.default)

    def __set__(self, obj, raw):
        try:
            obj.values[self.name] = self.conv(raw)
        except ValueError:
            raise ValueError(f"--{self.name}: invalid {self.conv.__name__} value {raw!r}") from None


class Command(ABC):
    commands = {}
    options = {}

    def __init_subclass__(cls, /, name=None, aliases=(), **kwargs):
        super().__init_subclass__(**kwargs)
        if name is None:
            return
        for key in (name, *aliases):
            if key in Command.commands:
                raise RuntimeError(f"duplicate command {key!r}")
            Command.commands[key] = cls
        cls.cmd_name = name

    def __init__(self, argv):
        self.values = {}
        self.args = []
        it = iter(argv)
        for tok in it:
            if tok.startswith("--"):
                key, eq, val = tok[2:].partition("=")
                if key not in self.options:
                    raise KeyError(key)
                setattr(self, key, val if eq else next(it, ""))
            else:
                self.args.append(tok)

    @abstractmethod
    def run(self) -> int: ...

    @classmethod
    def usage(cls):
        opts = " ".join(f"[--{n}={o.default!r}]" for n, o in cls.options.items())
        return f"{cls.cmd_name} {opts}".rstrip()


class Greet(Command, name="greet", aliases=("hi",)):
    times = Option(1, int, "repeat count")
    shout = Option(False, lambda s: s in ("1", "yes", "true"))

    def run(self):
        who = " and ".join(self.args) or "world"
        msg = f"hello, {who}"
        for _ in range(self.times):
            print(msg.upper() if self.shout else msg)
        return 0


class Sum(Command, name="sum"):
    scale = Option(1.0, float)

    def run(self):
        total = sum(int(a) for a in self.args) * self.scale
        print(f"sum={total:g}")
        return 0 if total >= 0 else 4


class Broken(Command):
    pass


def dispatch(line):
    name, *argv = line.split()
    cls = Command.commands.get(name)
    if cls is None:
        print(f"unknown command: {name}", file=sys.stderr)
        return 2
    try:
        cmd = cls(argv)
    except KeyError as e:
        print(f"{name}: no such option --{e.args[0]}; usage: {cls.usage()}")
        return 2
    except ValueError as e:
        print(f"{name}: {e}")
        return 2
    return cmd.run()


print(sorted(Command.commands), sorted(Greet.options.keys() - Sum.options.keys()))
print(Greet.usage(), "|", Sum.usage())
print(Greet.times.help, Greet.shout.conv.__name__)
try:
    Broken([])
except TypeError as e:
    print("TypeError:", e)
try:
    class Greet2(Command, name="hi"):
        def run(self):
            return 0
except RuntimeError as e:
    print("RuntimeError:", e)

status = 0
for line in ["greet", "hi Ann Bob --times 2", "greet --shout=yes --times=1 you",
             "sum 1 2 3 --scale 0.5", "sum 5 --scale=abc", "greet --loud",
             "frob 1", "sum 2 -9"]:
    rc = dispatch(line)
    print(f"[{line}] -> {rc}")
    status = max(status, rc)
sys.stdout.flush()
sys.exit(status)
