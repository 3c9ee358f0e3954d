"""An insertion-ordered set built on dict, with the set operator protocol and comparisons."""
from typing import Generic, Hashable, Iterable, Iterator, TypeVar

T = TypeVar("T", bound=Hashable)


class OrderedSet(Generic[T]):
    def __init__(self, items: Iterable[T] = ()):
        self._d: dict[T, None] = dict.fromkeys(items)

    def add(self, item: T) -> None:
        self._d[item] = None

    def discard(self, item: T) -> None:
        self._d.pop(item, None)

    def remove(self, item: T) -> None:
        try:
            del self._d[item]
        except KeyError:
            raise KeyError(item) from None

    def pop(self) -> T:
        if not self._d:
            raise KeyError("pop from an empty OrderedSet")
        item = next(reversed(self._d))
        del self._d[item]
        return item

    def __len__(self) -> int:
        return len(self._d)

    def __iter__(self) -> Iterator[T]:
        return iter(self._d)

    def __reversed__(self) -> Iterator[T]:
        return reversed(self._d)

    def __contains__(self, item: object) -> bool:
        return item in self._d

    def __getitem__(self, index: int) -> T:
        if index < 0:
            index += len(self)
        for i, item in enumerate(self._d):
            if i == index:
                return item
        raise IndexError("OrderedSet index out of range")

    def __or__(self, other: Iterable[T]) -> "OrderedSet[T]":
        return OrderedSet([*self, *other])

    def __and__(self, other: Iterable[T]) -> "OrderedSet[T]":
        other_set = set(other)
        return OrderedSet(x for x in self if x in other_set)

    def __sub__(self, other: Iterable[T]) -> "OrderedSet[T]":
        other_set = set(other)
        return OrderedSet(x for x in self if x not in other_set)

    def __xor__(self, other: "OrderedSet[T]") -> "OrderedSet[T]":
        return (self - other) | (other - self)

    def __ior__(self, other: Iterable[T]) -> "OrderedSet[T]":
        for x in other:
            self.add(x)
        return self

    def __le__(self, other: "OrderedSet[T]") -> bool:
        return all(x in other for x in self)

    def __lt__(self, other: "OrderedSet[T]") -> bool:
        return self <= other and len(self) < len(other)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OrderedSet):
            return list(self) == list(other)
        if isinstance(other, (set, frozenset)):
            return set(self) == other
        return NotImplemented

    __hash__ = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self._d)!r})"


tags = OrderedSet(["python", "asyncio", "compiler", "python", "native"])
more = OrderedSet(["native", "c++", "asyncio", "llvm"])
print(tags, len(tags), tags[0], tags[-1], "c++" in more, "rust" in more)
print(tags | more)
print(tags & more, tags - more, tags ^ more)
print(more & ["llvm", "asyncio", "zzz"], tags | ("a", "b"))
tags |= ["typing", "python"]
print(tags, list(reversed(tags)))
print(tags.pop(), tags)
tags.discard("missing")
tags.remove("compiler")
print(tags, OrderedSet(["asyncio"]) <= tags, OrderedSet(["asyncio"]) < tags, tags < tags, tags <= tags)
print(tags == OrderedSet(["python", "asyncio", "native"]), tags == {"native", "python", "asyncio"},
      tags == OrderedSet(["asyncio", "python", "native"]), tags == ["python", "asyncio", "native"])
print(sorted(tags), ",".join(tags), dict.fromkeys(tags, 0), {t: len(t) for t in tags})
words = "the cat and the hat and the bat sat".split()
print(OrderedSet(words), OrderedSet(w[0] for w in words), OrderedSet[str]().__class__.__name__)
print(OrderedSet(range(10)) - OrderedSet(range(0, 10, 3)), OrderedSet((1, 2)) > OrderedSet((2,)))
for action in [lambda: OrderedSet().pop(), lambda: tags.remove("zzz"), lambda: tags[10], lambda: {tags}]:
    try:
        action()
    except (KeyError, IndexError, TypeError) as e:
        print(f"{type(e).__name__}: {e!s} / {e!r}")
tags.remove("rust")
