# Annotations in class bodies: ClassVar, instance fields declared without values, defaults.
from typing import ClassVar, Final, Optional


class Item:
    category: ClassVar[str] = "general"
    created: ClassVar[int] = 0
    name: str
    price: float = 0.0
    qty: int = 1
    note: Optional[str] = None

    def __init__(self, name: str, price: float, qty: int = 1) -> None:
        self.name = name
        self.price = price
        if qty != 1:
            self.qty = qty
        Item.created += 1

    def total(self) -> float:
        return self.price * self.qty


class Inventory:
    MAX_ITEMS: Final = 3
    items: list[Item]

    def __init__(self) -> None:
        self.items = []

    def add(self, item: Item) -> bool:
        if len(self.items) >= self.MAX_ITEMS:
            print("full, rejecting", item.name)
            return False
        self.items.append(item)
        return True

    def value(self) -> float:
        return sum(i.total() for i in self.items)


inv = Inventory()
for args in [("bolt", 0.25, 40), ("nut", 0.1), ("gear", 12.5, 2), ("spring", 1.0, 5)]:
    print(args[0], inv.add(Item(*args)))
print([(i.name, i.qty, i.note) for i in inv.items])
print("value", inv.value(), "created", Item.created, Item.category)
print(list(Item.__annotations__))
print(list(Inventory.__annotations__))
print(hasattr(Item, "name"), hasattr(Item, "price"), Item.price)
print("items" in Inventory.__dict__, Inventory.MAX_ITEMS)
