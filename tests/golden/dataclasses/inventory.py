# An inventory system: default_factory, __post_init__ validation, asdict, replace, field options.
from dataclasses import dataclass, field, asdict, replace, fields


@dataclass
class Item:
    sku: str
    name: str
    price: int
    qty: int = 0
    tags: list = field(default_factory=list)
    internal_note: str = field(default="", repr=False, compare=False)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"{self.sku}: negative price {self.price}")
        self.name = self.name.strip().title()

    @property
    def value(self):
        return self.price * self.qty


@dataclass
class Inventory:
    owner: str
    items: dict = field(default_factory=dict)
    history: list = field(default_factory=list)

    def add(self, item):
        if item.sku in self.items:
            old = self.items[item.sku]
            self.items[item.sku] = replace(old, qty=old.qty + item.qty)
            self.history.append(("restock", item.sku, item.qty))
        else:
            self.items[item.sku] = item
            self.history.append(("new", item.sku, item.qty))

    def remove(self, sku, qty):
        item = self.items[sku]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {sku} left")
        self.items[sku] = replace(item, qty=item.qty - qty)
        self.history.append(("sell", sku, qty))


inv = Inventory("shop")
other = Inventory("warehouse")
print(inv.items is other.items, inv.history is other.history)
inv.add(Item("A1", "  red widget ", 250, 4, ["red"]))
inv.add(Item("B2", "blue gadget", 1200, 1, internal_note="fragile"))
inv.add(Item("A1", "red widget", 250, 6))
inv.remove("B2", 1)
try:
    inv.remove("A1", 50)
except ValueError as e:
    print("error:", e)
try:
    Item("C3", "bad", -5)
except ValueError as e:
    print("error:", e)
for sku, item in inv.items.items():
    print(item, item.value)
print(inv.history)
print(asdict(inv.items["A1"]))
print(asdict(inv)["items"]["B2"])
print([f.name for f in fields(Item)])
print(Item("Z", "z", 1, internal_note="x") == Item("Z", "z", 1, internal_note="y"))
a1 = inv.items["A1"]
a1.tags.append("sale")
print(a1.tags, replace(a1, price=200).tags is a1.tags)
print(sum(i.value for i in inv.items.values()))
