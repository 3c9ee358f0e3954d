# An order book: dataclasses with default_factory, __post_init__ validation, order=True with
# compare=False fields, repr=False, and async matching of buy/sell orders from a queue.
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Order:
    price: float
    seq: int
    side: str = field(compare=False)
    qty: int = field(compare=False, default=1)
    fills: list = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self):
        if self.side not in ("buy", "sell"):
            raise ValueError(f"bad side {self.side!r}")
        if self.qty <= 0:
            raise ValueError(f"qty must be positive, got {self.qty}")

    @property
    def open_qty(self):
        return self.qty - sum(q for q, _ in self.fills)


@dataclass
class Book:
    bids: list = field(default_factory=list)
    asks: list = field(default_factory=list)
    trades: list = field(default_factory=list)

    def add(self, order):
        mine, other = (self.bids, self.asks) if order.side == "buy" else (self.asks, self.bids)
        other.sort(key=lambda o: (-o.price, o.seq) if order.side == "sell" else (o.price, o.seq))
        for resting in other:
            if order.open_qty == 0:
                break
            crosses = resting.price <= order.price if order.side == "buy" else resting.price >= order.price
            if crosses and resting.open_qty:
                q = min(resting.open_qty, order.open_qty)
                resting.fills.append((q, order.seq))
                order.fills.append((q, resting.seq))
                self.trades.append((resting.price, q))
        other[:] = [o for o in other if o.open_qty]
        if order.open_qty:
            mine.append(order)


async def feed(queue, book):
    while (order := await queue.get()) is not None:
        book.add(order)
        await asyncio.sleep(0)


async def main():
    book, queue = Book(), asyncio.Queue()
    task = asyncio.create_task(feed(queue, book))
    raw = [(10.5, "sell", 5), (10.0, "sell", 2), (9.5, "buy", 3), (10.5, "buy", 4), (11.0, "buy", 4), (9.0, "sell", 1)]
    for seq, (price, side, qty) in enumerate(raw):
        await queue.put(Order(price, seq, side, qty))
    await queue.put(None)
    await task
    print(book.trades)
    print(book.bids, book.asks)
    print(sorted([Order(2.0, 5, "buy"), Order(1.0, 9, "sell"), Order(2.0, 1, "sell")]))
    print(Order(1.0, 1, "buy") == Order(1.0, 1, "sell", 7), Order(1.0, 2, "buy") > Order(1.0, 1, "buy"))
    for bad in [(1.0, 0, "hold"), (1.0, 0, "buy", 0)]:
        try:
            Order(*bad)
        except ValueError as e:
            print("ValueError:", e)
    print(Book(), Book().bids is Book().bids)


asyncio.run(main())
