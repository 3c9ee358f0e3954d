"""Split shared trip expenses and compute who pays whom."""
from functools import reduce
from typing import NamedTuple, TypedDict


class Expense(NamedTuple):
    payer: str
    amount_cents: int
    shared_by: tuple[str, ...]
    label: str


class Transfer(TypedDict):
    frm: str
    to: str
    cents: int


def cents(s: str) -> int:
    whole, _, frac = s.partition(".")
    return int(whole) * 100 + int((frac + "00")[:2])


def fmt(c: int) -> str:
    sign = "-" if c < 0 else ""
    d, r = divmod(abs(c), 100)
    return f"{sign}{d:,}.{r:02d}"


raw = """
ana   | 120.00 | ana,ben,cat,dev | groceries
ben   |  64.5  | ben,cat         | museum
cat   | 300    | ana,ben,cat,dev | cabin
dev   |  17.25 | dev,ana         | taxi
ana   |  45.10 | ana,ben,cat,dev | fuel
"""

expenses = []
for line in raw.strip().splitlines():
    payer, amount, people, label = (part.strip() for part in line.split("|"))
    expenses.append(Expense(payer, cents(amount), tuple(people.split(",")), label))

people = sorted(reduce(lambda acc, e: acc | set(e.shared_by) | {e.payer}, expenses, set()))
balance = dict.fromkeys(people, 0)
for e in expenses:
    share, remainder = divmod(e.amount_cents, len(e.shared_by))
    for i, p in enumerate(e.shared_by):
        balance[p] -= share + (1 if i < remainder else 0)
    balance[e.payer] += e.amount_cents
    print(f"{e.label:<10} {fmt(e.amount_cents):>8} paid by {e.payer:<4} split {len(e.shared_by)} ways "
          f"({fmt(share)} each{', +1c x' + str(remainder) if remainder else ''})")

assert sum(balance.values()) == 0, balance
print()
for p in people:
    print(f"{p:>4}: {fmt(balance[p]):>8} {'owed' if balance[p] > 0 else 'owes' if balance[p] < 0 else 'even'}")


def settle(bal: dict[str, int]) -> list[Transfer]:
    debtors = sorted((v, k) for k, v in bal.items() if v < 0)
    creditors = sorted(((v, k) for k, v in bal.items() if v > 0), reverse=True)
    out: list[Transfer] = []
    i = j = 0
    debtors = [[v, k] for v, k in debtors]
    creditors = [[v, k] for v, k in creditors]
    while i < len(debtors) and j < len(creditors):
        pay = min(-debtors[i][0], creditors[j][0])
        out.append(Transfer(frm=debtors[i][1], to=creditors[j][1], cents=pay))
        debtors[i][0] += pay
        creditors[j][0] -= pay
        if debtors[i][0] == 0:
            i += 1
        if creditors[j][0] == 0:
            j += 1
    return out


plan = settle(balance)
print()
for t in plan:
    print("{frm:>4} -> {to:<4} {amt:>8}".format(amt=fmt(t["cents"]), **t))
print(plan[0])
total = reduce(lambda a, b: a + b, (e.amount_cents for e in expenses))
print(f"trip total {fmt(total)}; per head {total / len(people) / 100:.3f}; largest: "
      f"{max(expenses, key=lambda e: e.amount_cents).label}")
per_label = {e.label: round(e.amount_cents / total * 100, 1) for e in expenses}
print(per_label)
print(expenses[1], expenses[1]._asdict())
