"""Order processing pipeline: queue of orders, match on commands, status enum."""
import asyncio
from dataclasses import dataclass, field
from enum import Enum
from typing import Optional


class Status(str, Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


@dataclass
class Line:
    product: str
    qty: int
    unit: float

    @property
    def subtotal(self) -> float:
        return self.qty * self.unit


@dataclass
class Order:
    oid: int
    customer: str
    lines: list[Line] = field(default_factory=list)
    status: Status = Status.NEW
    note: Optional[str] = None

    def total(self, discount: float = 0.0) -> float:
        gross = sum(l.subtotal for l in self.lines)
        return round(gross * (1 - discount), 2)


def apply(order: Order, command: tuple) -> str:
    match command:
        case ("pay", float(amount)) if amount >= order.total():
            order.status = Status.PAID
            return f"paid {amount:.2f}"
        case ("pay", amount):
            return f"rejected payment {amount!r} < {order.total():.2f}"
        case ("ship",) if order.status is Status.PAID:
            order.status = Status.SHIPPED
            return "shipped"
        case ("ship",):
            return f"cannot ship a {order.status.value} order"
        case ("cancel", str(reason)):
            order.status = Status.CANCELLED
            order.note = reason
            return f"cancelled: {reason}"
        case ("add", str(p), int(q), float(u)):
            order.lines.append(Line(p, q, u))
            return f"added {q} x {p}"
        case _:
            return f"unknown command {command}"


async def processor(name: str, q: asyncio.Queue, orders: dict[int, Order], delay: float) -> None:
    while True:
        oid, cmd = await q.get()
        await asyncio.sleep(delay)
        msg = apply(orders[oid], cmd)
        print(f"[{name}] #{oid:03d} {msg}")
        q.task_done()


async def main() -> None:
    orders = {
        1: Order(1, "ann", [Line("pen", 3, 1.25), Line("pad", 2, 3.5)]),
        2: Order(2, "ben", [Line("ink", 1, 12.0)]),
        3: Order(3, "cyd"),
    }
    q: asyncio.Queue = asyncio.Queue(maxsize=3)
    workers = [asyncio.create_task(processor("w1", q, orders, 0.22)),
               asyncio.create_task(processor("w2", q, orders, 0.4))]
    commands = [
        (1, ("pay", 10.0)), (2, ("ship",)), (3, ("add", "mug", 2, 7.99)),
        (1, ("pay", 10.75)), (3, ("pay", 15.98)), (1, ("ship",)),
        (2, ("cancel", "customer request")), (3, ("refund",)), (3, ("ship",)),
    ]
    for c in commands:
        await q.put(c)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    for o in orders.values():
        print(f"{o.oid}: {o.customer:<4} {o.status.value:<9} total={o.total():>7.2f} "
              f"disc={o.total(0.1):>6.2f} note={o.note}")
    print(Status.PAID == "paid", Status("shipped").name, [s.value for s in Status])


asyncio.run(main())
