"""Order processing over a small package: stock reservations under a lock, concurrent orders."""
import asyncio

import shop
from shop import Inventory, Item, Order, Status


async def main():
    inv = Inventory([Item("apple", 50, 10), Item("pear", 75, 4), Item("plum", 120, 3)])
    orders = [
        Order(1, [("apple", 3), ("pear", 1)], arrival=2),
        Order(2, [("plum", 2)], arrival=0),
        Order(3, [("pear", 2), ("plum", 2)], arrival=1),
        Order(4, [("apple", 7)], arrival=4),
        Order(5, [("apple", 1)], arrival=3),
    ]
    print(f"shop {shop.VERSION}: {inv.report()}")
    done = await shop.process_orders(orders, inv)
    for o in done:
        print(o.id, o.status.name, o.total_cents, o.notes)
    paid = [o for o in done if o.status is Status.PAID]
    print(f"paid {len(paid)} of {len(done)}, revenue {sum(o.total_cents for o in paid) / 100:.2f}")
    print(f"stock left: {inv.report()}")


asyncio.run(main())
