# Custom decorators on methods, combined with staticmethod, classmethod and property.
import functools


def audited(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"  audit: {fn.__qualname__}")
        return fn(*args, **kwargs)
    return wrapper


def non_negative(fn):
    @functools.wraps(fn)
    def wrapper(self, value):
        if value < 0:
            raise ValueError(f"{fn.__name__}: {value} is negative")
        return fn(self, value)
    return wrapper


class Wallet:
    rate = 1.1

    def __init__(self, owner):
        self.owner = owner
        self._cents = 0

    @audited
    @non_negative
    def deposit(self, amount):
        self._cents += amount
        return self._cents

    @property
    @audited
    def balance(self):
        return self._cents / 100

    @balance.setter
    @non_negative
    def balance(self, value):
        self._cents = int(value * 100)

    @staticmethod
    @audited
    def fmt(cents):
        return f"{cents / 100:.2f}"

    @classmethod
    @audited
    def with_bonus(cls, owner):
        w = cls(owner)
        w._cents = int(500 * cls.rate)
        return w


w = Wallet("ann")
print(w.deposit(250))
try:
    w.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(w.balance)
w.balance = 12.5
print(w._cents, Wallet.fmt(w._cents))
try:
    w.balance = -1
except ValueError as e:
    print("ValueError:", e)
b = Wallet.with_bonus("bob")
print(b.owner, b._cents, type(b).__name__)
print(Wallet.deposit.__name__, type(Wallet.__dict__["fmt"]).__name__,
      type(Wallet.__dict__["balance"]).__name__)
