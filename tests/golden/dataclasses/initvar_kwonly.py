# InitVar and KW_ONLY fields, plus a dataclass hierarchy with inherited defaults.
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, asdict


@dataclass
class Account:
    owner: str
    opening: InitVar[int] = 0
    _: KW_ONLY
    currency: str = "EUR"
    ledger: list = field(default_factory=list)

    def __post_init__(self, opening):
        if opening:
            self.ledger.append(("open", opening))

    @property
    def balance(self):
        return sum(amount for _, amount in self.ledger)

    def deposit(self, amount):
        self.ledger.append(("dep", amount))
        return self


@dataclass
class SavingsAccount(Account):
    rate_pct: int = 2
    _: KW_ONLY
    locked: bool = False

    def accrue(self):
        interest = self.balance * self.rate_pct // 100
        self.ledger.append(("int", interest))
        return interest


@dataclass(kw_only=True)
class Transfer:
    source: str
    target: str
    amount: int = 0


a = Account("ana", 100)
b = Account("ben", currency="USD")
print(a, a.balance)
print(b, b.balance)
s = SavingsAccount("cat", 1000, 5, locked=True)
s.deposit(200).deposit(300)
print(s.accrue(), s.balance, s.locked, s.currency)
print(s)
print([f.name for f in fields(SavingsAccount)])
print([(f.name, f.kw_only) for f in fields(Transfer)])
print(asdict(s))
t = Transfer(source="a", target="b", amount=5)
print(t)
try:
    Transfer("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    Account("x", 1, "GBP")
except TypeError as e:
    print("TypeError:", e)
print(SavingsAccount("dan", rate_pct=1))
print("opening" in Account.__dataclass_fields__, type(Account.__dataclass_fields__["opening"].type).__name__)
