# A frozen config dataclass is mutated by mistake; FrozenInstanceError ends the program (exit 1).
import asyncio
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Settings:
    host: str
    port: int = 8000
    retries: int = 3


async def connect(settings, attempt):
    await asyncio.sleep(0)
    print(f"attempt {attempt} to {settings.host}:{settings.port}")
    return attempt >= settings.retries


async def main():
    cfg = Settings("db.local")
    print(cfg)
    cfg2 = replace(cfg, port=5432, retries=2)
    print(cfg2, cfg == cfg2)
    attempt = 1
    while not await connect(cfg2, attempt):
        attempt += 1
    print("connected after", attempt)
    cfg2.retries = 10
    print("unreachable")


asyncio.run(main())
