# from __future__ import annotations: unquoted forward references, annotations kept as strings.
from __future__ import annotations

import asyncio
from typing import Optional


class Account:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance: int = balance
        self.history: list[tuple[str, int]] = []

    def transfer(self, to: Account, amount: int) -> Optional[Account]:
        if amount > self.balance:
            print(f"{self.owner}: insufficient funds for {amount}")
            return None
        self.balance -= amount
        to.balance += amount
        self.history.append(("out", amount))
        to.history.append(("in", amount))
        return to

    def merge(self, other: Account) -> Account:
        return Account(self.owner + "+" + other.owner, self.balance + other.balance)


async def settle(src: Account, dst: Account, amounts: list[int]) -> int:
    moved: int = 0
    for a in amounts:
        await asyncio.sleep(0)
        if src.transfer(dst, a) is not None:
            moved += a
    return moved


async def main() -> None:
    a, b = Account("ann", 100), Account("bob", 20)
    r = await asyncio.gather(settle(a, b, [30, 50, 40]), settle(b, a, [10, 60]))
    print(r, a.balance, b.balance)
    print(a.history, b.history)
    m = a.merge(b)
    print(m.owner, m.balance)
    print(Account.transfer.__annotations__)
    print(settle.__annotations__)
    undefined_ok: NotDefinedAnywhere = 5
    print(undefined_ok)


asyncio.run(main())
