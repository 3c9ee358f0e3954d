# A dataclass field's default is getattr(cls, name): a descriptor's __get__(None, cls), a base
# class's attribute; the generated __init__ is annotated with the fields' types.
from dataclasses import dataclass, field, fields


class IntConversionDescriptor:
    def __init__(self, *, default):
        self._default = default

    def __set_name__(self, owner, name):
        self._name = "_" + name

    def __get__(self, obj, type):
        if obj is None:
            return self._default
        return getattr(obj, self._name, self._default)

    def __set__(self, obj, value):
        setattr(obj, self._name, int(value))


@dataclass
class InventoryItem:
    quantity_on_hand: IntConversionDescriptor = IntConversionDescriptor(default=100)


i = InventoryItem()
print(i.quantity_on_hand, i)
i.quantity_on_hand = 2.5
print(i.quantity_on_hand, i)


class Defaults:
    rate = 0.5


@dataclass
class Priced(Defaults):
    rate: float
    name: str = "x"


print(Priced(), [f.default for f in fields(Priced)])


@dataclass
class Base:
    size: int = 3


@dataclass
class Derived(Base):
    size: int


print(Derived(), Derived(7))
from dataclasses import InitVar, KW_ONLY


@dataclass
class Annotated:
    a: int
    b: "list[str]"
    c: InitVar[int] = 0
    _: KW_ONLY
    d: float = 1.0
    e: int = field(default=2, init=False)

    def __post_init__(self, c):
        pass


print(Annotated.__init__.__annotations__)
print(Annotated.__repr__.__annotations__, Annotated.__eq__.__annotations__)
