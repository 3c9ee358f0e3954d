from dataclasses import dataclass, field, FrozenInstanceError
from typing import NamedTuple
import asyncio


class Quote(NamedTuple):
    symbol: str
    price: int
    size: int


@dataclass(frozen=True)
class Order:
    oid: int
    side: str
    quote: Quote

    @property
    def notional(self):
        return self.quote.price * self.quote.size


@dataclass
class Book:
    orders: dict = field(default_factory=dict)
    log: list = field(default_factory=list, repr=False)

    def add(self, o: Order):
        self.orders[o.oid] = o
        self.log.append(f"add {o.oid}")

    def total(self, side):
        return sum(o.notional for o in self.orders.values() if o.side == side)


async def feed(book, quotes, delay):
    for i, q in enumerate(quotes):
        await asyncio.sleep(delay)
        book.add(Order(len(book.orders) + 1, "buy" if i % 2 == 0 else "sell", q))


async def main():
    book = Book()
    await asyncio.gather(
        feed(book, [Quote("AAA", 10, 5), Quote("AAA", 11, 2)], 0.08),
        feed(book, [Quote("BBB", 99, 1)], 0.12),
    )
    for oid, o in book.orders.items():
        print(oid, o, o.notional)
    print(book.total("buy"), book.total("sell"))
    print(book)
    print(book.log)
    o = book.orders[1]
    try:
        o.side = "sell"
    except FrozenInstanceError as e:
        print(type(e).__name__, e)
    print(hash(o) == hash(Order(1, "buy", Quote("AAA", 10, 5))))
    print(Order(2, "x", Quote("Z", 1, 1)) == Order(2, "x", ("Z", 1, 1)))
    print(sorted(q.symbol for q in (o.quote for o in book.orders.values())))

asyncio.run(main())
