# Feature toggles for an asyncio service: a Flag set per request, combined by concurrent tasks.
import asyncio
from enum import Flag, auto


class Feature(Flag):
    CACHE = auto()
    COMPRESS = auto()
    TRACE = auto()
    BETA_UI = auto()
    DEFAULT = CACHE | COMPRESS


class Service:
    def __init__(self, enabled: Feature):
        self.enabled = enabled
        self.log: list[str] = []

    async def handle(self, rid: int, extra: Feature) -> str:
        active = self.enabled | extra
        await asyncio.sleep(0.04 * (rid % 3))
        parts = [f.name for f in active]
        if Feature.TRACE in active:
            self.log.append(f"trace {rid}: {active!r}")
        if Feature.BETA_UI & active:
            return f"req {rid}: beta ui ({'+'.join(parts)})"
        return f"req {rid}: {'+'.join(parts)}"


async def toggle_later(svc: Service, flag: Feature, delay: float):
    await asyncio.sleep(delay)
    svc.enabled ^= flag
    print(f"toggled {flag.name}: now {svc.enabled}")


async def main():
    svc = Service(Feature.DEFAULT)
    extras = [Feature(0), Feature.TRACE, Feature.BETA_UI, Feature.TRACE | Feature.BETA_UI, Feature.CACHE]
    results = await asyncio.gather(*(svc.handle(i, e) for i, e in enumerate(extras)))
    for r in results:
        print(r)
    for line in svc.log:
        print(line)
    await asyncio.gather(toggle_later(svc, Feature.CACHE, 0.08), toggle_later(svc, Feature.TRACE, 0.04))
    print(repr(svc.enabled), len(svc.enabled), bool(svc.enabled))
    svc.enabled &= ~Feature.COMPRESS
    print(repr(svc.enabled), [f.name for f in ~svc.enabled])
    off = svc.enabled & Feature.CACHE
    print(repr(off), bool(off), str(off))
    try:
        Feature(32)
    except ValueError as e:
        print("bad toggle:", e)


asyncio.run(main())
