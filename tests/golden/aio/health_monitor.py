"""Service health monitor: periodic probes per service, consecutive-failure alerts on stderr, exit status for cron."""
import asyncio
import sys
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Callable, Optional


class Health(IntEnum):
    UP = 0
    DEGRADED = 1
    DOWN = 2


@dataclass
class Service:
    name: str
    latencies: list[Optional[float]]        # scripted probe results; None = connection refused
    threshold: float = 0.05
    history: list[Health] = field(default_factory=list)

    @property
    def status(self) -> Health:
        recent = self.history[-2:]
        if len(recent) == 2 and all(h is Health.DOWN for h in recent):
            return Health.DOWN
        return max(recent, default=Health.UP)


def log(msg: str) -> None:
    print(f"[monitor] {msg}", file=sys.stderr)


async def probe(svc: Service, i: int) -> Health:
    lat = svc.latencies[i % len(svc.latencies)]
    if lat is None:
        await asyncio.sleep(0)
        raise ConnectionRefusedError(f"{svc.name}: connection refused")
    await asyncio.sleep(lat)
    return Health.UP if lat <= svc.threshold else Health.DEGRADED


async def watch(svc: Service, rounds: int, period: float, on_change: Callable[[Service, Health, Health], None]) -> None:
    for i in range(rounds):
        before = svc.status
        try:
            h = await asyncio.wait_for(probe(svc, i), timeout=0.11)
        except asyncio.TimeoutError:
            h = Health.DOWN
            log(f"{svc.name}: probe {i} timed out")
        except ConnectionError as e:
            h = Health.DOWN
            log(f"{e} (probe {i})")
        svc.history.append(h)
        if svc.status != before:
            on_change(svc, before, svc.status)
        await asyncio.sleep(period)


async def main() -> int:
    services = [
        Service("api", [0.01, 0.01, 0.06, 0.01]),
        Service("db", [0.02, None, None, 0.02]),
        Service("search", [0.03, 0.2, 0.2, 0.2]),
        Service("cdn", [0.001]),
    ]
    changes: list[str] = []

    def on_change(svc: Service, old: Health, new: Health) -> None:
        changes.append(f"{svc.name}: {old.name} -> {new.name}")
        if new is Health.DOWN:
            log(f"ALERT {svc.name} is DOWN")

    await asyncio.gather(*(watch(s, 4, 0.18, on_change) for s in services))
    print("transitions:")
    for c in changes:
        print("  " + c)
    width = max(len(s.name) for s in services)
    for s in services:
        bar = "".join(".~X"[h] for h in s.history)
        print(f"{s.name:<{width}} {bar} final={s.status.name:<8} worst={max(s.history).name}")
    worst = max(s.status for s in services)
    print(f"overall: {worst.name} ({int(worst)})", flush=True)
    return int(worst)


sys.exit(asyncio.run(main()))
