# __parameters__ and __orig_bases__ of Generic subclasses (Generic[...] listing the variables,
# variables collected from parameterized bases, fully specialized bases), subscription arity
# checks and CPython's TypeErrors for malformed Generic bases.
import asyncio
from typing import Callable, Dict, Generic, List, Optional, Protocol, Tuple, TypeVar

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T", bound=int)


class Cache(Generic[K, V]):
    def __init__(self) -> None:
        self.data: Dict[K, V] = {}

    async def get(self, key: K, load: Callable[[K], V]) -> V:
        if key not in self.data:
            await asyncio.sleep(0)
            self.data[key] = load(key)
        return self.data[key]


class StrCache(Cache[str, V]):
    pass


class IntStrCache(StrCache[int]):
    pass


class Pair(Dict[K, V], Generic[V, K]):
    pass


class Mixed(List[Tuple[K, V]]):
    pass


class Numbered(Generic[T]):
    pass


class Box(Protocol[K]):
    def get(self) -> K: ...


class Plain:
    pass


for cls in [Cache, StrCache, IntStrCache, Pair, Mixed, Numbered, Box]:
    print(cls.__name__, cls.__parameters__, cls.__orig_bases__)
print("__orig_bases__" in vars(Plain), "__parameters__" in vars(Cache), "__orig_bases__" in vars(IntStrCache))
print(Cache[int, str].__parameters__, StrCache[V].__parameters__, Cache[K, List[V]].__parameters__)
print(Optional[K].__parameters__, Callable[[K], V].__parameters__, List[int].__parameters__)


async def main() -> None:
    c: Cache[str, int] = Cache()
    print(await c.get("abc", len), await c.get("abc", len), c.data)
    s = IntStrCache()
    print(await s.get("x", lambda k: k * 2), type(s).__mro__[1].__name__)


asyncio.run(main())

bad = [
    lambda: Cache[int],
    lambda: Cache[int, str, float],
    lambda: IntStrCache[int],
    lambda: Generic[int],
    lambda: Generic[K, K],
    lambda: Generic[()],
    lambda: Protocol[int],
]
for b in bad:
    try:
        b()
    except TypeError as e:
        print("TypeError:", e)


try:
    class P1(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class P2(Generic[K], Generic[V]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class P3(Cache[K, V], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)

from typing import NamedTuple, TypedDict


class Point(NamedTuple):
    x: int


class Pair(NamedTuple, Generic[K]):
    left: K
    right: K


class Doc(TypedDict, Generic[V]):
    body: V


class Flat(TypedDict):
    a: int


for k in [Point, Pair, Doc, Flat]:
    orig = [getattr(b, "__name__", b) for b in k.__orig_bases__]
    print(k.__name__, orig, getattr(k, "__parameters__", None), "__orig_bases__" in vars(k))
print(Pair[int](1, 2), Doc[str](body="x"))
print(Generic[K].__name__, List[int].__name__, Optional[int].__name__, Optional[List[K]].__qualname__)
print(Cache[int, str].__name__, Cache[int, str].__qualname__, Cache[K, V].get.__name__)
try:
    Cache[int, str].__wrapped__
except AttributeError as e:
    print("AttributeError:", e)
