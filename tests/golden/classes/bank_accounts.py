# Account hierarchy: validating property setters, classmethod constructors, staticmethods, class
# counters, super() chains, and concurrent transfers serialized by an asyncio.Lock.
import asyncio


class InsufficientFunds(Exception):
    pass


class Account:
    count = 0
    rate = 0.0

    def __init__(self, owner, balance=0):
        Account.count += 1
        self.number = f"{type(self).prefix()}-{Account.count:03d}"
        self.owner = owner
        self._balance = 0
        self.balance = balance
        self.lock = asyncio.Lock()

    @staticmethod
    def prefix():
        return "AC"

    @classmethod
    def open_many(cls, *owners):
        return [cls(o, 100) for o in owners]

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < self.minimum():
            raise InsufficientFunds(f"{self.number}: {value} below {self.minimum()}")
        self._balance = value

    def minimum(self):
        return 0

    def accrue(self):
        self.balance = round(self.balance * (1 + self.rate), 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner}, {self.balance})"


class Savings(Account):
    rate = 0.02

    @staticmethod
    def prefix():
        return "SV"


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=50):
        self.overdraft = overdraft
        super().__init__(owner, balance)

    def minimum(self):
        return -self.overdraft


async def transfer(src, dst, amount):
    async with src.lock:
        await asyncio.sleep(0)
        try:
            src.balance -= amount
        except InsufficientFunds as e:
            return f"failed: {e}"
        dst.balance += amount
        return f"ok {amount} {src.owner}->{dst.owner}"


async def main():
    ann, bob = Savings.open_many("ann", "bob")
    chk = Checking("cy", 20)
    print(ann, bob, chk, Account.count)
    results = await asyncio.gather(transfer(chk, ann, 60), transfer(chk, bob, 20),
                                   transfer(ann, chk, 200), transfer(bob, chk, 100))
    print(results)
    for acct in (ann, bob, chk):
        acct.accrue()
    print(ann, bob, chk)
    print(Savings.prefix(), chk.prefix(), Checking.rate, Savings.count, isinstance(chk, Account))
    print([type(a).__mro__[1].__name__ for a in (ann, chk)], Checking.minimum(chk))


asyncio.run(main())
