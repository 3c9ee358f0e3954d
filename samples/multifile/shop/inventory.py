import asyncio
from dataclasses import dataclass


class OutOfStock(Exception):
    def __init__(self, name, wanted, left):
        super().__init__(f"{name}: wanted {wanted}, only {left} left")
        self.name = name


@dataclass
class Item:
    name: str
    price_cents: int
    stock: int


class Inventory:
    def __init__(self, items):
        self.items = {item.name: item for item in items}
        self.lock = asyncio.Lock()

    async def reserve(self, name, qty):
        async with self.lock:
            item = self.items[name]
            await asyncio.sleep(0)  # pretend to talk to a database
            if item.stock < qty:
                raise OutOfStock(name, qty, item.stock)
            item.stock -= qty
            return item.price_cents * qty

    def release(self, name, qty):
        self.items[name].stock += qty

    def report(self):
        return ", ".join(f"{i.name}={i.stock}" for i in sorted(self.items.values(), key=lambda i: i.name))
