"""An order workflow built on Enum, IntEnum, Flag, StrEnum and auto()."""
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


@unique
class Status(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def terminal(self):
        return self in (Status.DELIVERED, Status.CANCELLED)

    def next_states(self):
        return TRANSITIONS.get(self, ())

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.strip().lower():
                    return member
        return None


TRANSITIONS = {
    Status.NEW: (Status.PAID, Status.CANCELLED),
    Status.PAID: (Status.SHIPPED, Status.CANCELLED),
    Status.SHIPPED: (Status.DELIVERED,),
}


class Priority(IntEnum):
    LOW = 1
    NORMAL = auto()
    HIGH = auto()
    URGENT = 10


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    REFUND = auto()
    ADMIN = READ | WRITE | REFUND


class Channel(StrEnum):
    WEB = auto()
    PHONE = auto()
    STORE = "in-store"


class Weekday(IntFlag):
    MON = 1
    TUE = 2
    WED = 4
    THU = 8
    FRI = 16
    WEEKEND = 96


class Color(Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, oid, channel, priority=Priority.NORMAL):
        self.oid, self.channel, self.priority = oid, Channel(channel), Priority(priority)
        self.status = Status.NEW
        self.history = [self.status]

    def advance(self, to, who):
        to = Status(to)
        if to is Status.CANCELLED and Perm.REFUND not in who and self.status is Status.PAID:
            raise PermissionError(f"{who!r} may not refund order {self.oid}")
        if to not in self.status.next_states():
            raise InvalidTransition(f"order {self.oid}: {self.status.name} -> {to.name}")
        self.status = to
        self.history.append(to)
        return self

    def __repr__(self):
        return f"<Order {self.oid} {self.status.value} {self.channel} p={self.priority.name}>"


print(list(Status), len(Status), Status("paid"), Status(" SHIPPED "), Status["NEW"].value)
print([s.name for s in Status if s.terminal], Status.PAID.next_states())
print(repr(Priority.HIGH), Priority.HIGH + 1, Priority.URGENT > Priority.HIGH, sorted([3, Priority.LOW, 2]))
print(Priority(3), int(Priority.NORMAL), f"{Priority.HIGH}|{Priority.HIGH!r}|{Priority.HIGH:>6}", Priority.LOW.name)
print(repr(Perm.ADMIN), Perm.READ | Perm.WRITE, Perm.ADMIN & ~Perm.WRITE, bool(Perm(0)), Perm.WRITE in Perm.ADMIN)
print(list(Perm), [p.name for p in Perm.ADMIN], Perm(5), repr(Perm(0)))
print(Channel.WEB, repr(Channel.PHONE), Channel.STORE.upper(), Channel("web") == "web", f"{Channel.STORE}")
print(Weekday.MON | Weekday.FRI, repr(Weekday(3)), Weekday.WEEKEND, Weekday(127), Weekday.TUE + 1)
print(Color.CRIMSON, Color(1) is Color.RED, list(Color), list(Color.__members__))
print(Status.NEW == "new", Status.NEW.value == "new", {Status.NEW: 1}[Status("new")], hash(Priority.LOW) == hash(1))

orders = [Order(1, "web"), Order(2, "in-store", 10), Order(3, Channel.PHONE, 1)]
staff = Perm.READ | Perm.WRITE
orders[0].advance("paid", staff).advance(Status.SHIPPED, staff).advance("delivered", staff)
orders[1].advance(Status.CANCELLED, staff)
orders[2].advance("paid", Perm.ADMIN).advance("cancelled", Perm.ADMIN)
for o in sorted(orders, key=lambda o: -o.priority):
    print(o, " > ".join(s.name for s in o.history))

for action in [lambda: Order(4, "fax"), lambda: Status("lost"), lambda: Priority(5),
               lambda: Order(5, "web").advance("paid", staff).advance("cancelled", staff),
               lambda: Status.NEW.__class__("NEW"), lambda: Perm.READ < Perm.WRITE]:
    try:
        print(action())
    except (ValueError, PermissionError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
Order(6, "web").advance("delivered", Perm.ADMIN)
