"""typing's aliases of the library's classes: their classes, arity, calls and checks."""
import collections
import contextlib
import re
import typing


def show(text, f):
    try:
        print(text, '->', repr(f()))
    except Exception as e:
        print(text, '->', type(e).__name__, e)

show('typing.Hashable[int]', lambda: typing.Hashable[int])
show('typing.ByteString[int]', lambda: typing.ByteString[int])
show('typing.Sequence[int, str]', lambda: typing.Sequence[int, str])
show('typing.Dict[int]', lambda: typing.Dict[int])
show('typing.Any[int]', lambda: typing.Any[int])
show('typing.SupportsInt[int]', lambda: typing.SupportsInt[int])
show('typing.NoReturn[int]', lambda: typing.NoReturn[int])
show('typing.Sequence()', lambda: typing.Sequence())
show('typing.Deque[int]()', lambda: typing.Deque[int]())
show('typing.List[int]()', lambda: typing.List[int]())
show('typing.Tuple[int]()', lambda: typing.Tuple[int]())
show('typing.Callable[[int], str]()', lambda: typing.Callable[[int], str]())
show('typing.Counter[int]("abca")', lambda: typing.Counter[int]("abca"))
show('typing.Deque()', lambda: typing.Deque())
show('typing.TextIO[int]', lambda: typing.TextIO[int])
show('typing.Deque[int]().__class__', lambda: typing.Deque[int]().__class__)
show('typing.Deque[int].__origin__', lambda: typing.Deque[int].__origin__)
show('typing.ContextManager[int]', lambda: typing.ContextManager[int])
show('typing.ContextManager.__origin__', lambda: typing.ContextManager.__origin__)
show('typing.AsyncContextManager.__origin__', lambda: typing.AsyncContextManager.__origin__)
show('typing.Pattern', lambda: typing.Pattern)
show('typing.Pattern.__origin__', lambda: typing.Pattern.__origin__)
show('typing.Match[str]', lambda: typing.Match[str])
show('typing.Mapping[str, int].__args__', lambda: typing.Mapping[str, int].__args__)
show('typing.Generator[int, None, None]', lambda: typing.Generator[int, None, None])
show('typing.Coroutine[int, int]', lambda: typing.Coroutine[int, int])
show('typing.OrderedDict[str, int]().__orig_class__', lambda: typing.OrderedDict[str, int]().__orig_class__)
show('typing.DefaultDict[str, int](int)', lambda: typing.DefaultDict[str, int](int))
show('typing.ChainMap.__origin__', lambda: typing.ChainMap.__origin__)
show('type(typing.List).__name__', lambda: type(typing.List).__name__)
show('type(typing.Sequence).__name__', lambda: type(typing.Sequence).__name__)
show('type(typing.Callable).__name__', lambda: type(typing.Callable).__name__)
show('type(typing.Tuple).__name__', lambda: type(typing.Tuple).__name__)
show('type(typing.Optional).__name__', lambda: type(typing.Optional).__name__)
show('type(typing.Sequence[int]).__name__', lambda: type(typing.Sequence[int]).__name__)
show('issubclass(list, typing.MutableSequence)', lambda: issubclass(list, typing.MutableSequence))
show('issubclass(dict, typing.Sequence)', lambda: issubclass(dict, typing.Sequence))
show('issubclass(frozenset, typing.AbstractSet)', lambda: issubclass(frozenset, typing.AbstractSet))
show('isinstance(iter([]), typing.Iterator)', lambda: isinstance(iter([]), typing.Iterator))
show('isinstance(len, typing.Callable)', lambda: isinstance(len, typing.Callable))
show('isinstance(3, typing.SupportsInt)', lambda: isinstance(3, typing.SupportsInt))
show('isinstance("x", typing.SupportsInt)', lambda: isinstance("x", typing.SupportsInt))
show('isinstance(2.5, typing.SupportsRound)', lambda: isinstance(2.5, typing.SupportsRound))
show('isinstance(b"", typing.ByteString)', lambda: isinstance(b"", typing.ByteString))
show('isinstance(collections.deque(), typing.Deque)', lambda: isinstance(collections.deque(), typing.Deque))
show('isinstance({}, typing.Counter)', lambda: isinstance({}, typing.Counter))
show('isinstance(re.compile("a"), typing.Pattern)', lambda: isinstance(re.compile("a"), typing.Pattern))
show('isinstance(contextlib.nullcontext(), typing.ContextManager)', lambda: isinstance(contextlib.nullcontext(), typing.ContextManager))
show('isinstance(contextlib.nullcontext(), typing.AsyncContextManager)', lambda: isinstance(contextlib.nullcontext(), typing.AsyncContextManager))
show('isinstance(1, typing.Any)', lambda: isinstance(1, typing.Any))
show('isinstance([], typing.List[int])', lambda: isinstance([], typing.List[int]))


class Box(typing.Generic[typing.AnyStr]):
    pass


show("Box[str]().__orig_class__", lambda: Box[str]().__orig_class__)


class Stack(typing.Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Stack(1, 2, 3, 2)
print(Stack.__mro__, Stack.__orig_bases__, Stack.__parameters__)
print(list(reversed(s)), s.count(2), s.index(3), 3 in s, isinstance(s, typing.Sequence))

T = typing.TypeVar("T")
K = typing.TypeVar("K")


class Registry(typing.MutableMapping[K, T], typing.Generic[K, T]):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry[str, int]()
r.update(a=1, b=2)
r.setdefault("c", 3)
print(r.pop("a"), dict(r), Registry.__parameters__, r.__orig_class__, [c.__name__ for c in Registry.__mro__])


class Counting(typing.Counter[str]):
    pass


c = Counting("hello")
print(c.most_common(2), type(c).__mro__[:3], Counting.__orig_bases__)


class Closer(typing.ContextManager[int]):
    def __exit__(self, *exc):
        print("closing")


with Closer() as got:
    print("inside", type(got).__name__)


class Bad(typing.Iterable[T]):
    pass


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
print(issubclass(Bad, collections.abc.Iterable), Bad.__parameters__)

