# Library Reference: typing -- features documented as new in 3.10/3.11 (Self, LiteralString, Never,
# assert_never, assert_type, reveal_type, TypeGuard, dataclass_transform, generic NamedTuple/TypedDict,
# TypeVarTuple/Unpack, Required, get_overloads-free overload use, Protocol members)
from typing import (Self, LiteralString, Never, NoReturn, assert_never, assert_type, reveal_type,
                    TypeGuard, dataclass_transform, NamedTuple, TypedDict, Generic, TypeVar,
                    TypeVarTuple, Unpack, Protocol, Literal, Any, Union)
from enum import Enum

T = TypeVar('T')


# Self
class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self


class Circle(Shape):
    def set_radius(self, r: float) -> Self:
        self.radius = r
        return self


c = Circle().set_scale(0.5).set_radius(2.7)
print(type(c).__name__, c.scale, c.radius, Self, Shape.set_scale.__annotations__)


# LiteralString
def run_query(sql: LiteralString) -> str:
    return 'ran: ' + sql


print(run_query('SELECT * FROM students'), LiteralString)


# Never / NoReturn / assert_never
def stop() -> NoReturn:
    raise RuntimeError('no way')


def never_call_me(arg: Never) -> None:
    pass


class Op(Enum):
    ADD = '+'
    SUB = '-'


def handle(op: Op | int | str) -> str:
    match op:
        case Op.ADD | Op.SUB:
            return f'op {op.value}'
        case int():
            return 'an int'
        case str():
            return 'a str'
        case _:
            assert_never(op)


print(handle(Op.ADD), handle(3), handle('s'), Never, NoReturn)
try:
    assert_never(3.5)
except AssertionError as e:
    print('AssertionError:', e)
try:
    stop()
except RuntimeError as e:
    print('RuntimeError:', e)

# assert_type / reveal_type (reveal_type prints to stderr at run time)
x = assert_type(5, int)
print(x, reveal_type(x), reveal_type([1, 'a']))


# TypeGuard
def is_str_list(val: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in val)


print(is_str_list(['a', 'b']), is_str_list(['a', 1]), TypeGuard[list[str]])


# dataclass_transform
@dataclass_transform()
def create_model(cls: type[T]) -> type[T]:
    cls.__model__ = True
    return cls


@create_model
class CustomerModel:
    id: int
    name: str


print(CustomerModel.__model__, getattr(create_model, '__dataclass_transform__', {}).get('eq_default'))


# Generic NamedTuple (new in 3.11)
class Group(NamedTuple, Generic[T]):
    key: T
    group: list[T]


g = Group(1, [1, 2])
print(g, Group[int], g.key, type(g).__mro__[1].__name__)


# Generic TypedDict (new in 3.11)
class Box(TypedDict, Generic[T]):
    item: T


b: Box[int] = {'item': 3}
print(b, Box.__required_keys__, Box[str])

# TypeVarTuple / Unpack
Ts = TypeVarTuple('Ts')


# the doc's star syntax (Generic[*Ts], *args: *Ts, tuple[*Ts]) is rejected by aiocc as
# 'invalid syntax'; the equivalent Unpack[...] spelling is used instead
class Array(Generic[Unpack[Ts]]):
    def __init__(self, *shape: Unpack[Ts]):
        self.shape = shape


def args_to_tuple(*args: Unpack[Ts]) -> tuple[Unpack[Ts]]:
    return args


print(Ts, Array[int, str], Array(1, 'a').shape, args_to_tuple(1, 'x'), tuple[Unpack[Ts]], Unpack[Ts])


# Protocol with data members and class-level defaults
class SizedProto(Protocol):
    size: int

    def describe(self) -> str:
        return f'size={self.size}'


class Impl(SizedProto):
    def __init__(self, size):
        self.size = size


print(Impl(4).describe(), Literal[Op.ADD], Union[int, Any])
