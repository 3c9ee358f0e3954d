"""Bank teller simulation with asyncio: arrivals from an LCG, tellers as tasks, stats at the end."""
import asyncio
from dataclasses import dataclass, field
from enum import Enum


class Kind(Enum):
    DEPOSIT = ("D", 3)
    WITHDRAW = ("W", 4)
    LOAN = ("L", 11)

    def __init__(self, code: str, minutes: int) -> None:
        self.code = code
        self.minutes = minutes


class Rng:
    def __init__(self, seed: int) -> None:
        self.s = seed

    def below(self, n: int) -> int:
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return self.s % n


@dataclass
class Customer:
    cid: int
    kind: Kind
    arrived: int
    served_by: str = ""
    wait: int = field(default=0)


TICK = 0.001  # one simulated minute


class Clock:
    def __init__(self) -> None:
        self.t0 = 0.0

    def start(self) -> None:
        self.t0 = asyncio.get_running_loop().time()

    def now(self) -> int:
        return round((asyncio.get_running_loop().time() - self.t0) / TICK)


async def teller(name: str, q: "asyncio.Queue[Customer]", clock: Clock, log: list[Customer],
                 speed: float) -> None:
    while True:
        c = await q.get()
        c.served_by = name
        c.wait = clock.now() - c.arrived
        await asyncio.sleep(c.kind.minutes * speed * TICK)
        log.append(c)
        q.task_done()


async def main() -> None:
    rng = Rng(7)
    kinds = list(Kind)
    clock = Clock()
    q: asyncio.Queue[Customer] = asyncio.Queue()
    log: list[Customer] = []
    clock.start()
    tellers = [asyncio.create_task(teller(n, q, clock, log, s), name=n)
               for n, s in (("Tina", 43.0), ("Omar", 44.5))]
    t = 0
    for cid in range(1, 13):
        gap = 2 + rng.below(9)
        t += gap
        await asyncio.sleep(gap * 8 * TICK)
        c = Customer(cid, kinds[rng.below(len(kinds))], arrived=clock.now())
        await q.put(c)
    await q.join()
    for tl in tellers:
        tl.cancel()
    await asyncio.gather(*tellers, return_exceptions=True)
    print(f"{'id':>3} {'kind':<9}{'teller':<6}")
    for c in log:
        print(f"{c.cid:>3} {c.kind.name:<9}{c.served_by:<6}")
    per: dict[str, list[Customer]] = {}
    for c in log:
        per.setdefault(c.served_by, []).append(c)
    for name in sorted(per):
        cs = per[name]
        print(f"{name}: {len(cs)} customers, kinds={''.join(c.kind.code for c in cs)}")
    print("by kind:", {k.name: sum(c.kind is k for c in log) for k in Kind})
    print(Kind.LOAN.value, Kind("W", 4) if False else Kind(("W", 4)), [k.minutes for k in Kind])
    print(all(tl.cancelled() for tl in tellers), [tl.get_name() for tl in tellers])


asyncio.run(main())
