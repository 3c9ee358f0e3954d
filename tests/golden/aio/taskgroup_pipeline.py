"""ETL pipeline stages run in TaskGroups; a failing stage cancels siblings; an ExceptionGroup escapes."""
import asyncio
from typing import NamedTuple, Protocol, Iterable


class Record(NamedTuple):
    id: int
    payload: str


class Sink(Protocol):
    async def write(self, rec: Record) -> None: ...


class MemorySink:
    def __init__(self) -> None:
        self.rows: list[Record] = []
        self.lock = asyncio.Lock()

    async def write(self, rec: Record) -> None:
        async with self.lock:
            await asyncio.sleep(0)
            self.rows.append(rec)


class BadRecord(ValueError):
    def __init__(self, rec: Record):
        super().__init__(f"record {rec.id} has empty payload")
        self.rec = rec


async def extract(source: str, delay: float) -> list[Record]:
    await asyncio.sleep(delay)
    return [Record(i, p.strip()) for i, p in enumerate(source.split(","), start=int(delay * 1000))]


async def transform(rec: Record) -> Record:
    if not rec.payload:
        raise BadRecord(rec)
    return rec._replace(payload=rec.payload.upper())


async def load(recs: Iterable[Record], sink: Sink, progress: asyncio.Event) -> int:
    n = 0
    for r in recs:
        await sink.write(r)
        n += 1
    progress.set()
    return n


async def watcher(progress: asyncio.Event, name: str) -> None:
    try:
        await progress.wait()
        print(f"[{name}] progress signalled")
    except asyncio.CancelledError:
        print(f"[{name}] watcher cancelled")
        raise


async def run_batch(label: str, sources: dict[str, float]) -> list[Record]:
    sink = MemorySink()
    progress = asyncio.Event()
    watch = asyncio.create_task(watcher(progress, label))
    try:
        async with asyncio.TaskGroup() as tg:
            extracts = [tg.create_task(extract(s, d)) for s, d in sources.items()]
        recs = [r for t in extracts for r in t.result()]
        async with asyncio.TaskGroup() as tg:
            transformed = [tg.create_task(transform(r)) for r in recs]
        async with asyncio.TaskGroup() as tg:
            tg.create_task(watcher(progress, label + "/load"))
            loaded = tg.create_task(load((t.result() for t in transformed), sink, progress))
        print(f"{label}: loaded {loaded.result()} rows; event set={progress.is_set()}")
        return sink.rows
    finally:
        if not watch.done():
            watch.cancel()
            await asyncio.gather(watch, return_exceptions=True)


async def slow_audit() -> None:
    try:
        await asyncio.sleep(0.5)
    finally:
        print("audit interrupted")


async def main() -> None:
    rows = await run_batch("batch1", {"alpha, beta": 0.01, "gamma": 0.03})
    print(rows)
    try:
        await run_batch("batch2", {"x,,z": 0.02})
    except ExceptionGroup as eg:
        bad, rest = eg.split(BadRecord)
        print("bad records:", [e.rec.id for e in bad.exceptions], rest)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow_audit())
            tg.create_task(extract("late", 0.05))
            tg.create_task(transform(Record(99, "")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions), repr(eg.exceptions[0]))
        sub = eg.subgroup(lambda e: isinstance(e, ValueError))
        print("subgroup:", sub is eg, eg.split(KeyError)[0])
    async with asyncio.TaskGroup() as tg:
        tg.create_task(transform(Record(7, "")))
        tg.create_task(transform(Record(8, "  ")))
        tg.create_task(extract("ok", 0.04))


asyncio.run(main())
