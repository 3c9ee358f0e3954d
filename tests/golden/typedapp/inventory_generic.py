"""A generic typed repository with dataclasses, ClassVar, InitVar, KW_ONLY and slots."""
from dataclasses import dataclass, field, InitVar, KW_ONLY, astuple
from typing import ClassVar, Generic, TypeVar, Iterable, Literal, Final, Union

K = TypeVar("K")
V = TypeVar("V")

UNIT: Final = "pcs"


@dataclass(slots=True)
class Bin:
    code: str
    capacity: int
    items: dict[str, int] = field(default_factory=dict)

    @property
    def used(self) -> int:
        return sum(self.items.values())

    def put(self, name: str, qty: int) -> None:
        if self.used + qty > self.capacity:
            raise OverflowError(f"bin {self.code} over capacity ({self.used}+{qty}>{self.capacity})")
        self.items[name] = self.items.get(name, 0) + qty


@dataclass
class Product:
    name: str
    _: KW_ONLY
    weight: float = 1.0
    fragile: bool = False
    count: ClassVar[int] = 0
    discount: InitVar[float] = 0.0
    price: float = 10.0

    def __post_init__(self, discount: float) -> None:
        Product.count += 1
        self.price = round(self.price * (1 - discount), 2)


class Repo(Generic[K, V]):
    def __init__(self, items: Iterable[tuple[K, V]] = ()) -> None:
        self.data: dict[K, V] = dict(items)

    def get(self, key: K, default: Union[V, None] = None) -> Union[V, None]:
        return self.data.get(key, default)

    def __getitem__(self, key: K) -> V:
        try:
            return self.data[key]
        except KeyError:
            raise LookupError(f"no item {key!r} in repo") from None

    def __len__(self) -> int:
        return len(self.data)


Mode = Literal["strict", "lenient"]


def allocate(bins: list[Bin], orders: list[tuple[str, int]], mode: Mode = "strict") -> list[str]:
    log = []
    for name, qty in orders:
        for b in sorted(bins, key=lambda b: (b.capacity - b.used, b.code), reverse=True):
            try:
                b.put(name, qty)
                log.append(f"{name}x{qty}->{b.code}")
                break
            except OverflowError as e:
                if mode == "strict":
                    log.append(f"skip {b.code}: {e}")
        else:
            log.append(f"{name}x{qty} unallocated")
    return log


def main() -> None:
    products = Repo([(p.name, p) for p in (
        Product("lamp", weight=2.5, fragile=True, price=40.0, discount=0.25),
        Product("cable", price=3.5),
        Product("desk", weight=30.0),
    )])
    print("created:", Product.count, "| repo size:", len(products))
    print(products["lamp"], products.get("chair"), products.get("chair", "n/a"))
    print("astuple:", astuple(products["cable"]))
    bins = [Bin("A1", 10), Bin("B2", 25), Bin("C3", 5)]
    for line in allocate(bins, [("lamp", 8), ("cable", 20), ("desk", 6), ("lamp", 4), ("cable", 30)]):
        print("  ", line)
    for b in bins:
        print(f"  {b.code}: {b.used:>2}/{b.capacity:<2} {UNIT} {b.items}")
    print("slots:", Bin.__slots__, hasattr(bins[0], "__dict__"))
    try:
        bins[0].colour = "red"
    except AttributeError as e:
        print("slots error:", type(e).__name__)
    try:
        Product("x", 2.0)
    except TypeError as e:
        print("kw-only:", e)
    print("lenient:", allocate([Bin("Z", 1)], [("pin", 2)], mode="lenient"))
    print(products["chair"])


main()
