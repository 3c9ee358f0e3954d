# The docstring @dataclass gives a class without one: its name and str(inspect.signature(cls)).
from dataclasses import dataclass, field, InitVar, KW_ONLY
import typing
from typing import Optional, List
import abc


@dataclass
class Q:
    """Doc."""
    b: int


class Item:
    pass


@dataclass
class R:
    b: int
    a: "list[int]" = field(default_factory=list)
    c: typing.Optional[int] = None
    d: int = 0
    e: list[int] = field(default_factory=list)
    f: dict[str, Item] = field(default_factory=dict)
    g: Optional[List[Item]] = None
    h: Item = None
    i: InitVar[int] = 3
    _: KW_ONLY
    k: float = 1.5
    s: str = "x"


@dataclass(init=False)
class N:
    a: int = 0


@dataclass
class Own:
    a: int

    def __init__(self, a, *rest, flag: bool = False, **kw):
        self.a = a


@dataclass(kw_only=True)
class K:
    a: int
    b: "Item" = None


class Base(abc.ABC):
    @abc.abstractmethod
    def __repr__(self): ...


@dataclass
class Concrete(Base):
    x: int = 1


for c in (Q, R, N, Own, K, Concrete):
    print(c.__doc__)
print(R.__init__.__defaults__, Concrete(), Concrete.__abstractmethods__)
T = typing.TypeVar("T")
class Box(typing.Generic[T]): pass
print(typing.List[int].__module__, typing.Optional[int].__module__, (int | None).__module__, list[int].__module__, Box[int].__module__)
