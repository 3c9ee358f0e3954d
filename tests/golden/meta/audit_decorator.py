"""A class decorator that instruments every callable in a class (plain methods, static and
class methods), records calls in an audit log, and a small class-inspection helper."""
import functools

AUDIT = []


def audited(prefix=""):
    def decorate(cls):
        for name, attr in list(vars(cls).items()):
            if name.startswith("__") or not callable(attr) and not isinstance(attr, classmethod):
                continue
            if isinstance(attr, staticmethod):
                func, kind = attr.__func__, "static"
            elif isinstance(attr, classmethod):
                func, kind = attr.__func__, "class"
            else:
                func, kind = attr, "method"

            def make(f, name=name, kind=kind):
                @functools.wraps(f)
                def wrapper(*args, **kwargs):
                    shown = args[1:] if kind != "static" else args
                    AUDIT.append(f"{prefix}{cls.__name__}.{name}{shown!r}")
                    return f(*args, **kwargs)
                return wrapper

            wrapped = make(func)
            if kind == "static":
                wrapped = staticmethod(wrapped)
            elif kind == "class":
                wrapped = classmethod(wrapped)
            setattr(cls, name, wrapped)
        cls.__audited__ = True
        return cls
    return decorate


def inspect_class(cls):
    rows = []
    for name, attr in vars(cls).items():
        if name.startswith("__") and name.endswith("__"):
            continue
        kind = type(attr).__name__
        rows.append(f"{name}:{kind}{'*' if callable(attr) else ''}")
    return rows


@audited(prefix="bank/")
class Account:
    RATE_BPS = 125

    @staticmethod
    def to_cents(amount):
        whole, _, frac = f"{amount:.2f}".partition(".")
        return int(whole) * 100 + int(frac)

    MIN_BALANCE = to_cents(10.5)

    def __init__(self, owner, cents=0):
        self.owner, self.cents = owner, cents

    def deposit(self, amount):
        self.cents += self.to_cents(amount)
        return self.cents

    def withdraw(self, amount):
        c = Account.to_cents(amount)
        if self.cents - c < self.MIN_BALANCE:
            raise ValueError(f"{self.owner}: would drop below minimum")
        self.cents -= c
        return self.cents

    @classmethod
    def open(cls, owner, amount):
        acct = cls(owner)
        acct.deposit(amount)
        return acct

    def interest(self):
        return self.cents * self.RATE_BPS // 10000

    @property
    def balance(self):
        return f"{self.cents // 100}.{self.cents % 100:02d}"


print("class constant computed in body:", Account.MIN_BALANCE)
print("inspect:", inspect_class(Account))
a = Account.open("ann", 120.25)
a.deposit(0.75)
a.withdraw(50)
print(a.balance, a.interest(), Account.to_cents(3.999), a.__audited__)
try:
    a.withdraw(65)
except ValueError as e:
    print("ValueError:", e)
print(Account.deposit.__name__, Account.deposit.__wrapped__.__qualname__, Account.open.__func__.__name__)
for line in AUDIT:
    print("  ", line)
raw = Account.__dict__["to_cents"]
print(type(raw).__name__, callable(raw), raw(1.5), raw.__func__(2.25))
print(sorted(k for k in vars(Account) if k.startswith("__")))
