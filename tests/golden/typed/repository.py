"""A typed in-memory repository: Generic[T], Protocol, TypeVar bounds, overload and Callable."""
from __future__ import annotations

from typing import (Callable, ClassVar, Generic, Iterator, Optional, Protocol, TypeVar,
                    overload, runtime_checkable, Final, Any)
from dataclasses import dataclass, field


@runtime_checkable
class HasId(Protocol):
    id: int


class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...


T = TypeVar("T", bound=HasId)
K = TypeVar("K")
MAX_ITEMS: Final = 5


class RepoError(Exception):
    pass


class Repository(Generic[T]):
    instances: ClassVar[int] = 0

    def __init__(self, name: str) -> None:
        self.name = name
        self._items: dict[int, T] = {}
        self._listeners: list[Callable[[str, T], None]] = []
        Repository.instances += 1

    def subscribe(self, fn: Callable[[str, T], None]) -> Callable[[str, T], None]:
        self._listeners.append(fn)
        return fn

    def _emit(self, event: str, item: T) -> None:
        for fn in self._listeners:
            fn(event, item)

    def add(self, item: T) -> T:
        if not isinstance(item, HasId):
            raise RepoError(f"{type(item).__name__} has no id")
        if item.id in self._items:
            raise RepoError(f"duplicate id {item.id} in {self.name}")
        if len(self._items) >= MAX_ITEMS:
            raise RepoError(f"{self.name} is full ({MAX_ITEMS})")
        self._items[item.id] = item
        self._emit("added", item)
        return item

    @overload
    def get(self, key: int) -> T: ...
    @overload
    def get(self, key: int, default: K) -> T | K: ...

    def get(self, key, default=...):
        try:
            return self._items[key]
        except KeyError:
            if default is ...:
                raise RepoError(f"no item {key} in {self.name}") from None
            return default

    def find(self, pred: Callable[[T], bool]) -> Iterator[T]:
        return (it for it in self._items.values() if pred(it))

    def sorted_by(self, key: Callable[[T], Comparable], reverse: bool = False) -> list[T]:
        return sorted(self._items.values(), key=key, reverse=reverse)

    def remove(self, key: int) -> Optional[T]:
        item = self._items.pop(key, None)
        if item is not None:
            self._emit("removed", item)
        return item

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Repository[{self.name}]({len(self)} items)"


@dataclass(order=True)
class User:
    id: int
    name: str = field(compare=False)
    tags: list[str] = field(default_factory=list, compare=False, repr=False)


@dataclass
class Product:
    id: int
    title: str
    price: float


class Anonymous:
    name = "nobody"


users: Repository[User] = Repository("users")
products = Repository[Product]("products")
log: list[str] = []


@users.subscribe
def audit(event: str, u: User) -> None:
    log.append(f"{event}:{u.name}")


products.subscribe(lambda ev, p: log.append(f"{ev}:{p.title}@{p.price:.2f}"))
for i, n in [(3, "cy"), (1, "ann"), (2, "bo")]:
    users.add(User(i, n, tags=[n[0]]))
products.add(Product(10, "lamp", 19.5))
products.add(Product(11, "desk", 120.0))
print(users, products, Repository.instances, repr(Repository.__name__))
print(users.get(2), users.get(9, None), users.get(9, "n/a"))
print(sorted(users.find(lambda u: u.id > 1)), [p.title for p in products.sorted_by(lambda p: -p.price)])
print(isinstance(User(5, "x"), HasId), isinstance(Anonymous(), HasId), users.remove(1), users.remove(1))
print(log)
print(Repository.__parameters__ if hasattr(Repository, "__parameters__") else "-", Repository[User].__origin__ is Repository)
print(users.add.__annotations__, Repository.get.__name__)
print(User.__annotations__, User.__dataclass_fields__["tags"].compare)
for bad in [lambda: users.add(User(3, "dup")), lambda: users.add(Anonymous()), lambda: products.get(99)]:
    try:
        bad()
    except RepoError as e:
        print("RepoError:", e, "| cause:", e.__cause__, "| suppressed:", e.__suppress_context__)
for i in range(4, 9):
    users.add(User(i, f"u{i}"))
