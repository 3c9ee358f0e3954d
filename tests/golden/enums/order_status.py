from enum import Enum, IntEnum, auto, unique


@unique
class Status(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"

    @property
    def is_final(self):
        return self in (Status.SHIPPED, Status.CANCELLED)

    def next(self):
        order = list(Status)
        i = order.index(self)
        if self.is_final or i + 1 >= len(order):
            raise ValueError(f"{self.name} has no next state")
        return order[i + 1]

    @classmethod
    def parse(cls, text):
        try:
            return cls(text.lower())
        except ValueError:
            return cls[text.upper()]


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


s = Status.PENDING
print(s, repr(s), s.name, s.value, s.is_final, s.next(), s.next().next())
print(list(Status), len(Status), Status("paid"), Status["SHIPPED"], Status.parse("Cancelled"), Status.parse("paid"))
print([p for p in Priority], Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, 1, Priority.LOW]))
print(f"{Priority.HIGH}", str(Priority.HIGH), repr(Priority.HIGH), f"{Status.PAID}", f"{Status.PAID!r}", format(Status.PAID, ""))
print(Status.PAID == "paid", Priority.LOW == 1, Status.PAID is Status("paid"), isinstance(Status.PAID, Status), hash(Status.PAID) == hash(Status.PAID))
counts = {}
for st in [Status.PAID, Status.PENDING, Status.PAID]:
    counts[st] = counts.get(st, 0) + 1
print(counts, {p.name: p.value for p in Priority}, Status.__members__.keys())
for bad in [lambda: Status("lost"), lambda: Status["LOST"], lambda: Status.SHIPPED.next(), lambda: Status.parse("nope")]:
    try:
        print(bad())
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    Status.PAID = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(Priority(2), Priority(2).name, Status.PAID.value.upper(), max(Priority).name)
print(Priority["HIGH"], Priority(3))
Status.SHIPPED.next()
