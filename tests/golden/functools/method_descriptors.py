# functools.singledispatchmethod and partialmethod, as functools.py's descriptors.
from functools import singledispatchmethod, partialmethod
import functools


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix} object {arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix} int {arg + 1}"

    @fmt.register(list)
    def _(self, arg):
        return f"{self.prefix} list of {len(arg)}"

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return f"{cls.__name__}: other"

    @kind.register
    @classmethod
    def _(cls, arg: str):
        return f"{cls.__name__}: str {arg}"


f = Formatter(">")
print(f.fmt(1), f.fmt([1, 2]), f.fmt("x"), f.fmt(True))
print(Formatter.kind("s"), Formatter.kind(3), f.kind("t"))
print(f.fmt.__name__, Formatter.fmt.__qualname__, type(Formatter.__dict__["fmt"]).__name__)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, *, loud=False):
        self.alive = state
        if loud:
            print("state ->", state)
        return self

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, loud=True)
    shout = partialmethod(set_alive, loud=True)


c = Cell()
print(c.set_alive().alive, c.set_dead().alive, c.shout().alive)
print(type(c.set_alive).__name__, c.set_alive.func.__name__, c.set_alive.args)
print(Cell.set_alive(c).alive, Cell.set_dead.__name__)
print(repr(Cell.__dict__["set_dead"]).split(" at ")[0])
try:
    partialmethod(3)
except TypeError as e:
    print(e)
print(isinstance(Cell.__dict__["set_alive"], functools.partialmethod))
