"""A tiny shop: stock keeping and asynchronous order processing."""
from .inventory import Inventory, Item, OutOfStock
from .orders import Order, Status, process_orders

__all__ = ["Inventory", "Item", "OutOfStock", "Order", "Status", "process_orders"]
VERSION = "0.3"
