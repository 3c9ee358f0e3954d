# NamedTuple under `from __future__ import annotations` (string annotations become
# ForwardRefs), methods overriding __repr__/__eq__, a named tuple that contains itself through a
# list, and subclasses with their own __new__ (super().__new__), __init__ and __init_subclass__.
from __future__ import annotations
from typing import NamedTuple, TypedDict, Optional


class Rec(NamedTuple):
    name: str
    tags: list[str] = []
    parent: Optional[Rec] = None
    count: int = 0

    def __repr__(self) -> str:
        return f"<Rec {self.name}>"

    def __eq__(self, other) -> bool:
        return isinstance(other, Rec) and self.name == other.name


class Cfg(TypedDict, total=False):
    a: int
    b: list[Rec]


r = Rec("a")
r.tags.append(r)
print(r, r.tags, r.count, r.count == 0, Rec.__annotations__)
print(Rec("a", [1]) == Rec("a", [2]), Rec("a") == ("a", [], None, 0))
print(Cfg.__annotations__, sorted(Cfg.__optional_keys__))
print(Rec.__doc__, Rec.__new__.__defaults__)


class Plain(NamedTuple):
    x: int


p = Plain([])
p.x.append(p)
print(repr(p), str(p), format(p), f"{p}")


class Child(Plain):
    def __new__(cls, x):
        print("Child.__new__", cls.__name__)
        return super().__new__(cls, x * 2)

    def __init__(self, x):
        print("init", x, self)

    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)


class GrandChild(Child, flag=1):
    pass


print(Child(3), GrandChild(4), Child._make([5]), Child(1)._replace(x=9))
print(Plain._fields, p._fields, p._field_defaults, Plain.__slots__, Child.__mro__)
print(Plain.__dict__["x"], "x" in Plain.__dict__, sorted(k for k in Plain.__dict__ if not k.startswith("__")))
