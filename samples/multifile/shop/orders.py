import asyncio
from dataclasses import dataclass, field
from enum import Enum

from .inventory import Inventory, OutOfStock


class Status(Enum):
    NEW = "new"
    PAID = "paid"
    REJECTED = "rejected"


@dataclass
class Order:
    id: int
    lines: list
    arrival: int  # in 60 ms steps
    status: Status = Status.NEW
    total_cents: int = 0
    notes: list = field(default_factory=list)


async def handle(order: Order, inv: Inventory):
    await asyncio.sleep(0.06 * order.arrival)
    print(f"order {order.id} arrives: {order.lines}")
    reserved = []
    try:
        for name, qty in order.lines:
            order.total_cents += await inv.reserve(name, qty)
            reserved.append((name, qty))
    except OutOfStock as e:
        for name, qty in reserved:  # give back what this order had taken
            inv.release(name, qty)
        order.status = Status.REJECTED
        order.total_cents = 0
        order.notes.append(str(e))
        print(f"order {order.id} rejected ({e.name})")
        return order
    await asyncio.sleep(0.01)  # payment
    order.status = Status.PAID
    print(f"order {order.id} paid {order.total_cents / 100:.2f}")
    return order


async def process_orders(orders, inv):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(handle(o, inv)) for o in orders]
    return [t.result() for t in tasks]
