# A typed LRU-ish cache: Generic[K, V] with TypeVars, Optional/Callable annotations,
# overload-decorated accessors, ClassVar/Final constants, and async loaders.
import asyncio
from typing import Callable, ClassVar, Dict, Final, Generic, List, Optional, TypeVar, overload, Awaitable

K = TypeVar("K")
V = TypeVar("V")
MAX_DEFAULT: Final = 3


class Cache(Generic[K, V]):
    instances: ClassVar[int] = 0

    def __init__(self, loader: Callable[[K], Awaitable[V]], capacity: int = MAX_DEFAULT) -> None:
        self.loader = loader
        self.capacity = capacity
        self.data: Dict[K, V] = {}
        self.order: List[K] = []
        self.hits = self.misses = 0
        Cache.instances += 1

    @overload
    def peek(self, key: K) -> Optional[V]: ...
    @overload
    def peek(self, key: K, default: V) -> V: ...
    def peek(self, key, default=None):
        return self.data.get(key, default)

    async def get(self, key: K) -> V:
        if key in self.data:
            self.hits += 1
            self.order.remove(key)
            self.order.append(key)
            return self.data[key]
        self.misses += 1
        value = await self.loader(key)
        self.data[key] = value
        self.order.append(key)
        if len(self.order) > self.capacity:
            evicted = self.order.pop(0)
            del self.data[evicted]
            print(f"  evict {evicted!r}")
        return value


async def load_square(n: int) -> int:
    await asyncio.sleep(0)
    return n * n


async def load_upper(s: str) -> str:
    await asyncio.sleep(0)
    return s.upper()


async def main() -> None:
    ints: Cache[int, int] = Cache(load_square)
    for k in [1, 2, 1, 3, 4, 1, 2]:
        print(k, await ints.get(k))
    print(ints.hits, ints.misses, ints.order, ints.peek(9), ints.peek(9, -1))
    words = Cache[str, str](load_upper, capacity=2)
    print(await asyncio.gather(*(words.get(w) for w in ["a", "b", "a", "c"])))
    print(words.order, Cache.instances, MAX_DEFAULT)
    print(K, V.__name__, Cache.__name__, type(ints).__name__)


asyncio.run(main())
