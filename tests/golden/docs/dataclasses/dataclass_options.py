# Library Reference: dataclasses -- decorator parameters, field() parameters, module functions
from dataclasses import dataclass, field, fields, replace, asdict, astuple, InitVar, is_dataclass
import dataclasses


@dataclass
class Plain:
    a: int
    b: str = 'x'


@dataclass()
class Parens:
    a: int


@dataclass(init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
           match_args=True, kw_only=False, slots=False)
class AllDefaults:
    a: int


print(Plain(1), Parens(2), AllDefaults(3), Plain(1) == Plain(1, 'x'), Plain(1) != Plain(2))
print(Plain.__hash__, Parens.__eq__(Parens(1), 1))


@dataclass(repr=False, eq=False)
class NoReprNoEq:
    a: int


n1, n2 = NoReprNoEq(1), NoReprNoEq(1)
print(n1 == n2, n1 == n1, type(hash(n1)).__name__, repr(n1).startswith('<__main__.NoReprNoEq object at'))


@dataclass(unsafe_hash=True)
class Hashable:
    a: int
    b: list = field(default_factory=list, hash=False, compare=True)


print(hash(Hashable(1)) == hash(Hashable(1, [2])), Hashable(1) == Hashable(1, [2]))


@dataclass(kw_only=True)
class KwOnly:
    a: int
    b: int = 2


print(KwOnly(a=1), KwOnly(b=3, a=4))
try:
    KwOnly(1)
except TypeError as e:
    print('TypeError:', e)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError:', e)


@dataclass(frozen=True, order=True)
class FrozenOrdered:
    name: str
    rank: int = field(default=0, compare=False)


items = sorted([FrozenOrdered('b', 1), FrozenOrdered('a', 2)])
print(items, FrozenOrdered('a', 1) == FrozenOrdered('a', 9), len({FrozenOrdered('a', 1), FrozenOrdered('a', 2)}))
try:
    replace(items[0], name=3).name.upper()
except AttributeError as e:
    print('AttributeError:', e)
try:
    del items[0].name
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)


@dataclass
class WithMeta:
    a: int = field(default=1, metadata={'unit': 'm'})
    b: int = field(default=2, repr=False)
    c: int = field(default=3, init=False)


f = fields(WithMeta)
print([(x.name, x.default, x.repr, x.init, x.compare, dict(x.metadata)) for x in f])
print(WithMeta(), WithMeta(5, 6), f[0].metadata['unit'], f[0].type)


@dataclass
class Node:
    value: int
    children: list['Node'] = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
print(astuple(tree))
print(tree == Node(1, [Node(2), Node(3, [Node(4)])]))


@dataclass
class Pos:
    x: int
    y: int
    z: int = 0


match Pos(1, 2):
    case Pos(1, y, z):
        print('matched y =', y, 'z =', z)
print(Pos.__match_args__)


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.x *= scale


w = WithInit(3, 10)
print(w, replace(w, scale=2), asdict(w))
try:
    replace(w)
except ValueError as e:
    print('ValueError:', e)


@dataclass
class NoInitField:
    a: int
    b: int = field(init=False, default=7)


try:
    replace(NoInitField(1), b=3)
except ValueError as e:
    print('ValueError:', e)
print(replace(NoInitField(1), a=5))
print(is_dataclass(NoInitField(1)), is_dataclass(dict), dataclasses.fields(Pos)[2].default)
try:
    fields(3)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Base:
    x: int = 0

    def describe(self):
        return f'{type(self).__name__} with x={self.x}'


@dataclass
class Child(Base):
    y: int = 1


@dataclass(eq=False)
class GrandChild(Child):
    z: int = 2


print(Child(5).describe(), Child(1, 2), GrandChild(1, 2, 3), GrandChild() == GrandChild())
print([f.name for f in fields(GrandChild)])
try:
    @dataclass
    class Wrong:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(order=True, eq=False)
    class Wrong2:
        a: int
except ValueError as e:
    print('ValueError:', e)
