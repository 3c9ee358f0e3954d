"""Concurrent bank transfers with per-account locks (ordered to avoid deadlock), audits and reconciliation."""
import asyncio
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple


class Status(Enum):
    OK = "ok"
    INSUFFICIENT = "insufficient funds"
    FROZEN = "account frozen"
    TIMEOUT = "lock timeout"


@dataclass
class Account:
    number: str
    cents: int
    frozen: bool = False
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False, compare=False)


class Transfer(NamedTuple):
    tid: int
    src: str
    dst: str
    cents: int
    start: float


class Result(NamedTuple):
    tid: int
    status: Status
    note: str = ""


class Bank:
    def __init__(self, accounts: list[Account]):
        self.accounts = {a.number: a for a in accounts}
        self.journal: list[str] = []

    async def transfer(self, t: Transfer) -> Result:
        await asyncio.sleep(t.start)
        a, b = self.accounts[t.src], self.accounts[t.dst]
        first, second = sorted([a, b], key=lambda acc: acc.number)
        try:
            async with asyncio.timeout(0.3):
                async with first.lock:
                    async with second.lock:
                        if a.frozen or b.frozen:
                            return Result(t.tid, Status.FROZEN, (a if a.frozen else b).number)
                        if a.cents < t.cents:
                            return Result(t.tid, Status.INSUFFICIENT, f"short by {t.cents - a.cents}")
                        a.cents -= t.cents
                        await asyncio.sleep(0.1)   # simulated ledger write while holding both locks
                        b.cents += t.cents
                        self.journal.append(f"T{t.tid}: {t.src}->{t.dst} {t.cents / 100:.2f}")
                        return Result(t.tid, Status.OK)
        except TimeoutError:
            return Result(t.tid, Status.TIMEOUT, f"waited for {first.number}/{second.number}")

    def total(self) -> int:
        return sum(a.cents for a in self.accounts.values())


async def auditor(bank: Bank, stop: asyncio.Event) -> list[int]:
    totals = []
    while not stop.is_set():
        # Reads without locks: an in-flight transfer shows up as money "in transit".
        totals.append(bank.total())
        try:
            await asyncio.wait_for(stop.wait(), 0.03)
        except asyncio.TimeoutError:
            pass
    return totals


async def main() -> None:
    bank = Bank([Account("A-1", 50_000), Account("B-2", 12_000), Account("C-3", 0), Account("D-4", 9_999, frozen=True)])
    before = bank.total()
    transfers = [Transfer(1, "A-1", "B-2", 10_000, 0.0), Transfer(2, "B-2", "A-1", 2_500, 0.04),
                 Transfer(3, "C-3", "A-1", 100, 0.15), Transfer(4, "B-2", "C-3", 15_000, 0.28),
                 Transfer(5, "A-1", "D-4", 1_000, 0.43), Transfer(6, "A-1", "C-3", 7_777, 0.48),
                 Transfer(7, "C-3", "B-2", 7_000, 0.63), Transfer(8, "B-2", "C-3", 1, 0.78)]
    stop = asyncio.Event()
    audit = asyncio.create_task(auditor(bank, stop))
    order = []
    for fut in asyncio.as_completed([bank.transfer(t) for t in transfers]):
        r = await fut
        order.append(r.tid)
        print(f"T{r.tid}: {r.status.value:<18} {r.note}")
    stop.set()
    totals = await audit
    print("completion order:", order)
    print("journal:", *bank.journal, sep="\n  ")
    for acc in bank.accounts.values():
        print(f"  {acc.number}: {acc.cents / 100:>9,.2f}{'  (frozen)' if acc.frozen else ''}")
    print("conserved:", before == bank.total(), "| audit snapshots never exceed the start:",
          all(t <= before for t in totals), bool(totals))
    print(bank.accounts["A-1"], bank.accounts["A-1"] == Account("A-1", bank.accounts["A-1"].cents))
    done, pending = await asyncio.wait([asyncio.create_task(bank.transfer(Transfer(9, "A-1", "C-3", 1, 0.3))),
                                       asyncio.create_task(asyncio.sleep(0.02, result="tick"))],
                                      return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    print(await asyncio.gather(*pending, return_exceptions=True))


asyncio.run(main())
