"""A bank ledger: custom exceptions with __str__/__repr__, context managers rolling back, sys.exit codes."""
import sys


class LedgerError(Exception):
    code = 10


class InsufficientFunds(LedgerError):
    code = 11

    def __init__(self, account, needed, available):
        super().__init__(account, needed, available)
        self.account, self.needed, self.available = account, needed, available

    def __str__(self):
        return f"{self.account}: need {self.needed}, have {self.available}"


class FrozenAccount(LedgerError):
    code = 12


class Transaction:
    def __init__(self, ledger, label):
        self.ledger = ledger
        self.label = label

    def __enter__(self):
        self.snapshot = dict(self.ledger.balances)
        print(f"  begin {self.label}")
        return self.ledger

    def __exit__(self, et, ev, tb):
        if et is None:
            print(f"  commit {self.label}")
            return False
        self.ledger.balances = self.snapshot
        print(f"  rollback {self.label}: {et.__name__}: {ev}")
        return issubclass(et, LedgerError) and not isinstance(ev, FrozenAccount)


class Ledger:
    def __init__(self, **balances):
        self.balances = balances
        self.frozen = set()

    def withdraw(self, account, amount):
        if account in self.frozen:
            raise FrozenAccount(f"{account} is frozen")
        have = self.balances.get(account, 0)
        if have < amount:
            raise InsufficientFunds(account, amount, have)
        self.balances[account] = have - amount

    def deposit(self, account, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balances[account] = self.balances.get(account, 0) + amount

    def transfer(self, src, dst, amount):
        with Transaction(self, f"{src}->{dst} {amount}"):
            self.withdraw(src, amount)
            self.deposit(dst, amount)


def main():
    ledger = Ledger(alice=100, bob=20, carol=0)
    ledger.transfer("alice", "bob", 30)
    ledger.transfer("bob", "carol", 500)
    print("balances:", ledger.balances)
    try:
        ledger.transfer("alice", "carol", 0)
    except ValueError as e:
        print("escaped:", e)
    print("balances:", ledger.balances)
    ledger.frozen.add(11)
    ledger.frozen.add(7)
    print("frozen ids:", sorted(ledger.frozen))
    ledger.frozen = {"carol"}
    try:
        ledger.transfer("carol", "alice", 5)
    except LedgerError as e:
        print("ledger error:", type(e).__name__, e, "code", e.code)
    err = InsufficientFunds("dave", 5, 1)
    print(repr(err), err.args, str(err))
    print(f"{err!s:>30}|{err!r:.25}")
    exit_code = 0
    try:
        ledger.withdraw("zoe", 1)
    except InsufficientFunds as e:
        exit_code = e.code
        print("final error:", e, file=sys.stderr)
    finally:
        print("ledger closed with", sum(ledger.balances.values()), "total")
    sys.exit(exit_code)


main()
