"""Concurrent bank transfers protected by per-account locks; exits with sys.exit(3)."""
import asyncio
import sys
from dataclasses import dataclass, field


class InsufficientFunds(Exception):
    pass


@dataclass
class Account:
    owner: str
    balance: int
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False, compare=False)
    history: list[tuple[str, int]] = field(default_factory=list, repr=False)

    def __str__(self) -> str:
        return f"{self.owner:<8}{self.balance:>8,d}"


class Bank:
    def __init__(self, *accounts: Account) -> None:
        self.accounts = {a.owner: a for a in accounts}
        self.failures = 0

    async def transfer(self, src: str, dst: str, amount: int, delay: float) -> bool:
        a, b = self.accounts[src], self.accounts[dst]
        first, second = sorted((a, b), key=lambda acc: acc.owner)
        async with first.lock:
            await asyncio.sleep(delay)
            async with second.lock:
                try:
                    if a.balance < amount:
                        raise InsufficientFunds(f"{src} has {a.balance}, needs {amount}")
                    a.balance -= amount
                    b.balance += amount
                    a.history.append((dst, -amount))
                    b.history.append((src, amount))
                    print(f"ok   {src:>5} -> {dst:<5} {amount:6d}")
                    return True
                except InsufficientFunds as exc:
                    self.failures += 1
                    print(f"FAIL {src:>5} -> {dst:<5} {amount:6d} ({exc})")
                    return False

    def total(self) -> int:
        return sum(a.balance for a in self.accounts.values())


async def main() -> int:
    bank = Bank(Account("alice", 500), Account("bob", 120), Account("carol", 0), Account("dave", 75))
    before = bank.total()
    plan = [
        ("alice", "bob", 200, 0.03),
        ("bob", "carol", 300, 0.11),
        ("carol", "dave", 50, 0.07),
        ("dave", "alice", 80, 0.02),
        ("alice", "carol", 150, 0.13),
        ("bob", "dave", 20, 0.05),
    ]
    tasks = [asyncio.create_task(bank.transfer(*p), name=f"xfer-{i}") for i, p in enumerate(plan)]
    results = await asyncio.gather(*tasks)
    print("results:", results)
    print(tasks[0].get_name(), tasks[0].done())
    for acc in sorted(bank.accounts.values(), key=lambda a: (-a.balance, a.owner)):
        print(acc, acc.history)
    assert bank.total() == before, "money was created or destroyed"
    print(f"total {bank.total():,} unchanged; {bank.failures} failure(s)")
    return bank.failures


if __name__ == "__main__":
    failures = asyncio.run(main())
    if failures:
        print(f"exiting with {failures + 2}", file=sys.stderr)
        sys.exit(failures + 2)
