"""(variant without evaluated asyncio.Queue[...] annotations) Fan-out/fan-in pipeline using TaskGroup, asyncio.timeout and events; ends in an ExceptionGroup."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass


@dataclass
class Chunk:
    idx: int
    data: str


class ValidationError(ValueError):
    def __init__(self, chunk: Chunk, reason: str) -> None:
        super().__init__(f"chunk {chunk.idx}: {reason}")
        self.chunk = chunk


async def produce(out: asyncio.Queue[Chunk | None], words: list[str], ready: asyncio.Event) -> None:
    await ready.wait()
    for i, w in enumerate(words):
        await asyncio.sleep(0.04 + 0.02 * i)
        await out.put(Chunk(i, w))
    await out.put(None)


async def transform(inp: asyncio.Queue[Chunk | None], out: list[str], strict: bool) -> int:
    n = 0
    while (chunk := await inp.get()) is not None:
        if not chunk.data.isalpha():
            if strict:
                raise ValidationError(chunk, f"non-alpha data {chunk.data!r}")
            continue
        out.append(chunk.data[::-1].capitalize())
        n += 1
    return n


async def slow_checker(delay: float) -> str:
    try:
        await asyncio.sleep(delay)
        return "checked"
    except asyncio.CancelledError:
        print("  checker cancelled")
        raise


async def run_pipeline(words: list[str], strict: bool, budget: float) -> list[str]:
    q: asyncio.Queue[Chunk | None] = asyncio.Queue()
    ready = asyncio.Event()
    out: list[str] = []
    try:
        async with asyncio.timeout(budget):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(produce(q, words, ready))
                t = tg.create_task(transform(q, out, strict))
                checker = tg.create_task(slow_checker(0.5))
                await asyncio.sleep(0.02)
                ready.set()
                n = await t
                checker.cancel()
            print(f"  transformed {n}; checker cancelled={checker.cancelled()}")
    except TimeoutError:
        print(f"  budget of {budget}s exceeded after {len(out)} chunks")
    return out


async def main() -> None:
    print("run 1:", await run_pipeline(["alpha", "beta", "gamma"], strict=True, budget=1.0))
    print("run 2:", await run_pipeline(["one", "2", "three"], strict=False, budget=1.0))
    print("run 3:", await run_pipeline(["a", "b", "c", "d", "e", "f", "g"], strict=False, budget=0.36))
    try:
        await asyncio.wait_for(run_pipeline(["x"] * 3, strict=False, budget=1.0), timeout=0.03)
    except asyncio.TimeoutError as e:
        print("wait_for:", type(e).__name__, repr(str(e)))
    print("run 4:")
    await run_pipeline(["ok", "b@d", "never"], strict=True, budget=1.0)


asyncio.run(main())
