# Library Reference: typing -- type aliases, NewType, Callable, generics, user-defined generic types
from typing import (Any, Callable, Generic, Iterable, Mapping, NewType, Optional, Sequence, TypeVar,
                    Union, Literal, Final, ClassVar, Annotated, cast, get_args, get_origin, TypeAlias,
                    Tuple, List, Dict, overload, final, TYPE_CHECKING, ParamSpec, Concatenate)

# Type aliases
Vector = list[float]


def scale(scalar: float, vector: Vector) -> Vector:
    return [scalar * num for num in vector]


new_vector = scale(2.0, [1.0, -4.2, 5.4])
print(new_vector, Vector, scale.__annotations__)

ConnectionOptions = dict[str, str]
Address = tuple[str, int]
Server = tuple[Address, ConnectionOptions]
print(Server, list[Server])
Factors: TypeAlias = list[int]
print(Factors)

# NewType
UserId = NewType('UserId', int)
some_id = UserId(524313)


def get_user_name(user_id: UserId) -> str:
    return f'user{user_id}'


print(get_user_name(UserId(42351)), get_user_name(-1), some_id, type(some_id).__name__)
output = UserId(23413) + UserId(54341)
print(output, type(output).__name__, UserId, UserId.__name__, UserId.__supertype__)
ProUserId = NewType('ProUserId', UserId)
print(ProUserId(5), ProUserId.__supertype__)
try:
    class AdminUserId(UserId): pass
except TypeError as e:
    print('TypeError:', type(e).__name__)


# Callable
def feeder(get_next_item: Callable[[], str]) -> None:
    print('fed', get_next_item())


def async_query(on_success: Callable[[int], None], on_error: Callable[[int, Exception], None]) -> None:
    on_success(200)
    on_error(500, RuntimeError('boom'))


feeder(lambda: 'item')
async_query(lambda code: print('ok', code), lambda code, exc: print('err', code, exc))
print(Callable[[int], str], Callable[..., str], Callable[[], None])

# Generics
T = TypeVar('T')      # Declare type variable


def first(l: Sequence[T]) -> T:   # Function is generic over the TypeVar "T"
    return l[0]


print(first([3, 2]), first('xy'), T, T.__name__)
S = TypeVar('S', int, str)
N = TypeVar('N', bound=float)
print(S.__constraints__, N.__bound__, TypeVar('T_co', covariant=True))


# User-defined generic types
class LoggedVar(Generic[T]):
    def __init__(self, value: T, name: str) -> None:
        self.name = name
        self.value = value

    def set(self, new: T) -> None:
        self.log('Set ' + repr(self.value))
        self.value = new

    def get(self) -> T:
        self.log('Get ' + repr(self.value))
        return self.value

    def log(self, message: str) -> None:
        print('{}: {}'.format(self.name, message))


def zero_all_vars(vars: Iterable[LoggedVar[int]]) -> None:
    for var in vars:
        var.set(0)


v1, v2 = LoggedVar(1, 'a'), LoggedVar[int](2, 'b')
zero_all_vars([v1, v2])
print(v1.get(), v2.get(), LoggedVar[int], LoggedVar.__parameters__, type(v2).__name__)


class Pair(Generic[T, S]):
    def __init__(self, a: T, b: S):
        self.a, self.b = a, b


print(Pair[str, int], Pair('x', 1).b)
try:
    class Bad(Generic[T, T]):
        pass
except TypeError as e:
    print('TypeError:', e)


class LinkedList(Sequence[T]):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


ll = LinkedList(1, 2, 3)
print(list(ll), 2 in ll, ll.index(3), list(reversed(ll)), isinstance(ll, Sequence))


class MyDict(Mapping[str, T]):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


md = MyDict(a=1, b=2)
print(dict(md), md.get('z', 0), 'a' in md, list(md.items()), md == {'a': 1, 'b': 2})

# Special forms
print(Optional[int], Union[int, str], Union[int], Union[int, None] == Optional[int], int | None)
print(Literal['r', 'rb'], Final[int], ClassVar[int], Annotated[int, 'meta'], Any)
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(Literal[1]), get_args(Callable[[int], str]), get_args(Annotated[int, 'x']), get_origin(int))
print(Tuple[int, ...], List[int], Dict[str, List[int]], tuple[int, ...], Union[int, Union[str, int]])
print(cast(int, 'not an int'), cast('list[int]', 5), TYPE_CHECKING)


@overload
def process(response: None) -> None: ...
@overload
def process(response: int) -> tuple[int, str]: ...
def process(response):
    return None if response is None else (response, str(response))


print(process(None), process(3))


@final
class Leaf:
    @final
    def done(self) -> bool:
        return True


print(Leaf().done(), Leaf.__final__ if hasattr(Leaf, '__final__') else 'no __final__')

P = ParamSpec('P')


def with_request(f: Callable[Concatenate[int, P], T]) -> Callable[P, T]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> T:
        return f(1, *args, **kwargs)
    return inner


@with_request
def sum_threads(request: int, numbers: list[float]) -> float:
    return request + sum(numbers)


print(sum_threads([1.5, 2.5]), P, P.args, P.kwargs)
