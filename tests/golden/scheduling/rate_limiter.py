"""Token-bucket style rate limiting with Semaphore + sliding window bookkeeping."""
import asyncio
from typing import Sequence
from dataclasses import dataclass


@dataclass
class Request:
    rid: int
    client: str
    work: float


class RateLimiter:
    """At most `limit` concurrent requests, and at most `per_client` per client."""

    def __init__(self, limit: int, per_client: int) -> None:
        self.sem = asyncio.Semaphore(limit)
        self.per_client = per_client
        self.active: dict[str, int] = {}
        self.rejected: list[int] = []
        self.peak = 0
        self.order: list[int] = []

    async def __aenter__(self) -> "RateLimiter":
        await self.sem.acquire()
        return self

    async def __aexit__(self, *exc) -> None:
        self.sem.release()

    async def handle(self, req: Request) -> str | None:
        if self.active.get(req.client, 0) >= self.per_client:
            self.rejected.append(req.rid)
            print(f"  429 #{req.rid} {req.client}")
            return None
        self.active[req.client] = self.active.get(req.client, 0) + 1
        try:
            async with self:
                running = sum(self.active.values())
                self.peak = max(self.peak, running)
                self.order.append(req.rid)
                print(f"  run #{req.rid} {req.client:<5} active={dict(sorted(self.active.items()))}")
                await asyncio.sleep(req.work)
                return f"#{req.rid}"
        finally:
            self.active[req.client] -= 1
            if not self.active[req.client]:
                del self.active[req.client]


async def arrive(lim: RateLimiter, req: Request, at: float) -> str | None:
    await asyncio.sleep(at)
    return await lim.handle(req)


def schedule(reqs: Sequence[tuple[str, float, float]]) -> list[tuple[Request, float]]:
    return [(Request(i, c, w), t) for i, (c, t, w) in enumerate(reqs, 1)]


async def main() -> None:
    lim = RateLimiter(limit=2, per_client=2)
    plan = schedule([
        ("acme", 0.00, 0.250), ("acme", 0.05, 0.150), ("acme", 0.10, 0.050),
        ("zeta", 0.15, 0.050), ("zeta", 0.30, 0.100), ("acme", 0.35, 0.050),
        ("omni", 0.45, 0.050),
    ])
    results = await asyncio.gather(*(arrive(lim, r, t) for r, t in plan))
    print("results:", results)
    print("order:", lim.order, "rejected:", lim.rejected, "peak:", lim.peak)
    print("locked now?", lim.sem.locked(), "active:", lim.active)
    served = [r for r in results if r]
    print(f"served {len(served)}/{len(results)} = {len(served) / len(results):.0%}")


asyncio.run(main())
