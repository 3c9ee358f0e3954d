# collections.abc: user containers on MutableMapping, Sequence, MutableSequence and MutableSet with
# their mixin methods; isinstance of built-in values against every ABC (registrations and
# __subclasshook__); typing's aliases answering with these classes; Callable[...]'s alias.
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator,
                             Callable, Hashable, Sized, Container, Collection, Set, MutableSet,
                             Generator, Awaitable, Coroutine, KeysView, ItemsView, ValuesView,
                             Reversible, AsyncIterator, AsyncIterable, ByteString)
import collections.abc
import typing


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r["A"] = 1
r.update(B=2, c=3)
print(len(r), r["a"], "b" in r, r.get("Z", 0), sorted(r.keys()), list(r.items()), list(r.values()))
print(r.pop("a"), r.setdefault("d", 4), r.popitem(), dict(r))
print(r == {"c": 3, "d": 4}, isinstance(r, Mapping), isinstance(r, dict), isinstance(r, typing.Mapping))
print(issubclass(Registry, typing.MutableMapping), issubclass(list, typing.MutableSequence))
print(isinstance(r.keys(), KeysView), isinstance(r.items(), Set), r.keys() & {"c"})


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


s = Span(4)
print(list(s), s.index(20), s.count(10), 30 in s, list(reversed(s)), isinstance(s, Reversible))
try:
    Span.index(s, 99)
except ValueError as e:
    print("ValueError", e)


class Stack(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3])
st += [4]
st.reverse()
print(st.items, st.pop(), st.items, st.remove(3), st.items)

for v in [[], (), "", b"", {}, set(), frozenset(), range(3), iter([]), (x for x in []), 3, None, len, print,
          lambda: 0, {}.keys(), {}.items(), {}.values(), bytearray()]:
    print(type(v).__name__, [isinstance(v, c) for c in (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                                                        Set, MutableSet, Hashable, Sized, Container, Collection,
                                                        Callable, Generator, Reversible, ByteString)])
print(isinstance(3, typing.Iterable), isinstance([], typing.Sequence), isinstance({}, typing.MutableMapping))
print(typing.Sequence.__origin__, collections.abc.Iterable[int], Callable[[int, str], float], Callable[..., int])
print(Callable[[int], str].__args__, Callable[[int], str] == Callable[[int], str], Mapping[str, int].__origin__)
try:
    Mapping()
except TypeError as e:
    print(e)
try:
    isinstance(3, Callable[[int], str])
except TypeError as e:
    print(e)


class Tags(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


t = Tags("abc")
print(sorted(t | {"z"}), sorted(t & {"a", "q"}), sorted(t - {"a"}), t <= {"a", "b", "c", "d"}, t.isdisjoint({"q"}))
t -= {"a"}
print(sorted(t), t.pop() in "bc", len(t))
print(Hashable.__subclasshook__(int), Sized.__subclasshook__(int), Registry.__abstractmethods__)
print(collections.abc.__all__)
