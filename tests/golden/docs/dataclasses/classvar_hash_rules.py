# Library Reference: dataclasses -- Class variables, Init-only variables, __hash__() rules,
# field() errors, inheritance of __post_init__, make_dataclass-free functional use of fields()
from dataclasses import dataclass, field, fields, InitVar, asdict
from typing import ClassVar


@dataclass
class Counter:
    count: int = 0
    instances: ClassVar[int] = 0
    label: ClassVar[str] = 'counter'

    def __post_init__(self):
        Counter.instances += 1


Counter(), Counter(5)
print([f.name for f in fields(Counter)], Counter.instances, Counter.label, Counter(1), asdict(Counter(2)))


# __hash__ rules (table in the docs)
@dataclass
class EqOnly:
    x: int


@dataclass(frozen=True)
class FrozenEq:
    x: int


@dataclass(eq=False)
class NoEq:
    x: int


@dataclass(unsafe_hash=True)
class Unsafe:
    x: int


@dataclass
class ExplicitHash:
    x: int

    def __hash__(self):
        return 99


print(EqOnly.__hash__ is None, FrozenEq.__hash__ is not None, NoEq.__hash__ is object.__hash__,
      hash(Unsafe(3)) == hash((3,)), hash(ExplicitHash(1)), hash(FrozenEq(3)) == hash((3,)))
try:
    hash(EqOnly(1))
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(unsafe_hash=True)
    class Both:
        x: int

        def __hash__(self):
            return 1
except TypeError as e:
    print('TypeError:', e)


# field() errors and parameters
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass
    class MutableDefault:
        d: dict = {}
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass
    class SetDefault:
        s: set = set()
except ValueError as e:
    print('ValueError:', e)


@dataclass
class TupleDefault:
    t: tuple = ()
    f: frozenset = frozenset()


print(TupleDefault())


# frozen inheritance rules
@dataclass(frozen=True)
class FrozenBase:
    a: int


try:
    @dataclass
    class Thawed(FrozenBase):
        b: int
except TypeError as e:
    print('TypeError:', e)


@dataclass
class NormalBase:
    a: int


try:
    @dataclass(frozen=True)
    class FrozenChild(NormalBase):
        b: int
except TypeError as e:
    print('TypeError:', e)


# __post_init__ chaining through super()
@dataclass
class A:
    a: int

    def __post_init__(self):
        print('A.__post_init__', self.a)


@dataclass
class B(A):
    b: int

    def __post_init__(self):
        super().__post_init__()
        print('B.__post_init__', self.b)


B(1, 2)


# InitVar with a default and ordering of __init__ parameters
@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2
    b: int = field(default=0)

    def __post_init__(self, scale):
        self.a *= scale


print(WithInitVar(3), WithInitVar(3, 10, 1), WithInitVar(a=1, b=5, scale=3), [f.name for f in fields(WithInitVar)])


# field ordering with defaults in base and non-defaults in subclass is an error
@dataclass
class WithDefault:
    x: int = 0


try:
    @dataclass
    class NoDefault(WithDefault):
        y: int
except TypeError as e:
    print('TypeError:', e)


# repr of recursive dataclass and of nested containers
@dataclass
class Node:
    name: str
    parent: 'Node | None' = None
    children: list = field(default_factory=list)


root = Node('root')
child = Node('child', root)
root.children.append(child)
print(root)
print(child == Node('child', root), Node('x') == Node('x'), Node('x') != Node('y'))
