"""Response rendering with singledispatch serializers, method-level lru_cache, cached_property and a TTL cache."""
from dataclasses import dataclass, field
from enum import Enum
from functools import singledispatch, lru_cache, cached_property, wraps, total_ordering
from typing import Any, Callable, TypeVar, ParamSpec

P = ParamSpec("P")
R = TypeVar("R")


class Currency(Enum):
    EUR = "€"
    USD = "$"


@dataclass(frozen=True)
class Price:
    amount: float
    currency: Currency = Currency.EUR


@dataclass
class Product:
    sku: str
    name: str
    price: Price
    tags: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def slug(self) -> str:
        print(f"    (slugifying {self.sku})")
        return "-".join(w.lower() for w in self.name.replace("&", "and").split() if w.isalnum() or "-" in w)


@singledispatch
def to_json(obj: Any) -> str:
    raise TypeError(f"cannot serialise {type(obj).__name__}")


@to_json.register
def _(obj: str) -> str:
    return '"' + obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


@to_json.register(int)
@to_json.register(float)
def _num(obj) -> str:
    return repr(obj)


@to_json.register
def _(obj: bool) -> str:
    return "true" if obj else "false"


@to_json.register(type(None))
def _(obj) -> str:
    return "null"


@to_json.register(list)
@to_json.register(tuple)
def _seq(obj) -> str:
    return "[" + ", ".join(map(to_json, obj)) + "]"


@to_json.register(dict)
def _map(obj: dict) -> str:
    return "{" + ", ".join(f"{to_json(str(k))}: {to_json(v)}" for k, v in obj.items()) + "}"


@to_json.register
def _(obj: Enum) -> str:
    return to_json(obj.name)


@to_json.register
def _(obj: Price) -> str:
    return to_json({"amount": round(obj.amount, 2), "currency": obj.currency})


@to_json.register
def _(obj: Product) -> str:
    return to_json({"sku": obj.sku, "name": obj.name, "slug": obj.slug, "price": obj.price,
                    "tags": obj.tags, **obj.meta})


def ttl_cache(ttl: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache results for `ttl` ticks of a fake clock."""
    def deco(fn: Callable[P, R]) -> Callable[P, R]:
        store: dict[tuple, tuple[int, R]] = {}

        @wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            key = (args, tuple(sorted(kwargs.items())))
            hit = store.get(key)
            if hit and CLOCK[0] - hit[0] < ttl:
                return hit[1]
            value = fn(*args, **kwargs)
            store[key] = (CLOCK[0], value)
            return value
        wrapper.store = store  # type: ignore[attr-defined]
        return wrapper
    return deco


CLOCK = [0]


class Catalog:
    def __init__(self, products: list[Product]):
        self.products = {p.sku: p for p in products}
        self.renders = 0

    @lru_cache(maxsize=8)
    def render(self, sku: str) -> str:
        self.renders += 1
        return to_json(self.products[sku])

    @ttl_cache(ttl=3)
    def search(self, term: str, *, limit: int = 10) -> list[str]:
        print(f"    (searching {term!r} at t={CLOCK[0]})")
        return [p.sku for p in self.products.values() if term in p.name.lower() or term in p.tags][:limit]

    def __hash__(self) -> int:
        return 1


cat = Catalog([
    Product("K-1", "Chef's Knife 8\"", Price(89.999), ("kitchen", "steel")),
    Product("T-7", "Tea & Coffee Set", Price(34.5, Currency.USD), ("kitchen",), {"stock": 0, "gift": True}),
    Product("L-2", "Desk Lamp\\LED", Price(19), meta={"watts": 7.5, "dims": None}),
])
for sku in ["K-1", "T-7", "K-1", "L-2", "T-7"]:
    print(sku, cat.render(sku))
print("renders:", cat.renders, Catalog.render.cache_info())
for t, term in enumerate(["kitchen", "lamp", "kitchen", "kitchen", "kitchen"]):
    CLOCK[0] = t * 2
    print(f"t={CLOCK[0]} {term}: {cat.search(term, limit=5)}")
print(cat.search.__name__, cat.search.__wrapped__.__name__, len(Catalog.search.store))
print(to_json([1, 2.5, True, None, "a\"b", (Currency.USD,), {"n": {"deep": [False]}}]))
print(to_json.dispatch(bool).__name__, to_json.dispatch(tuple).__name__, to_json.dispatch(Currency).__name__,
      sorted(k.__name__ for k in to_json.registry if k is not object)[:6])
try:
    to_json({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(Product.slug.attrname, "slug" in cat.products["K-1"].__dict__)
to_json(Product("X", "Broken", Price(1), meta={"when": object()}))
