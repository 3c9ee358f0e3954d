"""Shelf label printer: aligned price labels from a product feed where one price is a string."""
from dataclasses import dataclass
from typing import Any

FEED: list[dict[str, Any]] = [
    {"sku": "MLK-1L", "name": "Milk 1L", "price": 1.19, "unit": "l", "per": 1.0},
    {"sku": "BRD-750", "name": "Sourdough bread", "price": 3.49, "unit": "kg", "per": 0.75},
    {"sku": "EGG-10", "name": "Eggs (10)", "price": 2.99, "unit": "pc", "per": 10},
    {"sku": "CHS-200", "name": "Aged cheddar", "price": "4.20", "unit": "kg", "per": 0.2},
]


@dataclass
class Label:
    sku: str
    name: str
    price: Any
    unit: str
    per: float

    def unit_price(self) -> float:
        return float(self.price) / self.per

    def render(self, width: int = 34) -> str:
        top = f"{self.name[:width - 10]:<{width - 10}}{self.price:>9.2f}€"
        bottom = f"{self.sku:<12}{f'({self.unit_price():.2f} €/{self.unit})':>{width - 12}}"
        border = "+" + "-" * width + "+"
        return "\n".join([border, f"|{top}|", f"|{bottom}|", border])


labels = [Label(**row) for row in FEED]
print(f"{len(labels)} labels, {sum(1 for l in labels if isinstance(l.price, float))} with float prices")
cheapest = min(labels, key=lambda l: l.unit_price())
print(f"best value: {cheapest.name} at {cheapest.unit_price():.3f} per {cheapest.unit}")
print("price range: {:.2f}..{:.2f}".format(*sorted(float(l.price) for l in labels)[::3]))
for label in labels:
    print(label.render())
