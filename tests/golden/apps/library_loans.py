"""Library loan tracker with member tiers, due dates counted in days, and fines."""
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, Flag, auto
from typing import NamedTuple


class Tier(IntEnum):
    BASIC = 1
    PLUS = 2
    STAFF = 3


class Genre(Flag):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()
    KIDS = auto()


class Book(NamedTuple):
    isbn: str
    title: str
    genres: Genre
    loan_days: int = 14


@dataclass(order=True)
class Member:
    name: str
    tier: Tier = Tier.BASIC
    loans: list[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def limit(self) -> int:
        return {Tier.BASIC: 2, Tier.PLUS: 5, Tier.STAFF: 10}[self.tier]


class LoanError(Exception):
    pass


class LimitReached(LoanError):
    def __init__(self, member: Member):
        super().__init__(f"{member.name} already has {len(member.loans)} of {member.limit} loans")
        self.member = member


catalog = {b.isbn: b for b in [
    Book("978-0", "Dune", Genre.FICTION),
    Book("978-1", "Cosmos", Genre.SCIENCE, 21),
    Book("978-2", "SPQR", Genre.HISTORY, 21),
    Book("978-3", "Matilda", Genre.FICTION | Genre.KIDS, 7),
    Book("978-4", "The Way Things Work", Genre.SCIENCE | Genre.KIDS),
]}

members = [Member("zoe", Tier.PLUS), Member("adam"), Member("mia", Tier.STAFF)]


def lend(member: Member, isbn: str, day: int) -> int:
    if isbn not in catalog:
        raise LoanError(f"unknown ISBN {isbn!r}")
    if len(member.loans) >= member.limit:
        raise LimitReached(member)
    member.loans.append(isbn)
    return day + catalog[isbn].loan_days


def fine(due: int, returned: int, tier: Tier) -> float:
    late = max(0, returned - due)
    rate = 0.25 / tier
    return round(late * rate, 2)


dues: dict[tuple[str, str], int] = {}
requests = [("adam", "978-0", 1), ("adam", "978-3", 2), ("adam", "978-1", 3),
            ("zoe", "978-2", 1), ("zoe", "978-9", 4), ("mia", "978-4", 5)]
by_name = {m.name: m for m in members}
for who, isbn, day in requests:
    try:
        due = lend(by_name[who], isbn, day)
        dues[(who, isbn)] = due
        print(f"day {day:2}: {who:<5} borrows {catalog[isbn].title!r:<24} due day {due}")
    except LimitReached as exc:
        print(f"day {day:2}: refused ({exc}); tier={exc.member.tier.name}")
    except LoanError as exc:
        print(f"day {day:2}: error: {exc}")

returns = {("adam", "978-0"): 20, ("adam", "978-3"): 9, ("zoe", "978-2"): 30, ("mia", "978-4"): 40}
total = 0.0
for (who, isbn), returned in sorted(returns.items()):
    f = fine(dues[(who, isbn)], returned, by_name[who].tier)
    total += f
    print(f"{who:>5} returns {isbn} on day {returned}: fine ${f:.2f}")
print(f"total fines: ${total:.2f}")

kids = [b.title for b in catalog.values() if Genre.KIDS in b.genres]
print("kids shelf:", kids)
print("genres of Matilda:", catalog["978-3"].genres)
print(sorted(members), max(members).name)
print(asdict(members[0]))
promoted = replace(members[1], tier=Tier.PLUS)
print(promoted, promoted.limit, Tier.PLUS > Tier.BASIC, Tier(3))
print(Book._fields, catalog["978-1"]._replace(loan_days=28))
lend(by_name["adam"], "978-2", 50)
