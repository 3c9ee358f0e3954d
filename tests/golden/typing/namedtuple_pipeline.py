# An asyncio pipeline passing NamedTuple records between tasks through queues: producers emit
# readings, a worker aggregates them per sensor, and the results are sorted and reported.
import asyncio
from typing import NamedTuple


class Reading(NamedTuple):
    sensor: str
    seq: int
    value: float
    unit: str = "C"


class Summary(NamedTuple):
    sensor: str
    count: int
    mean: float
    peak: Reading

    def line(self) -> str:
        return f"{self.sensor:<6} n={self.count} mean={self.mean:.2f} peak={self.peak.value}{self.peak.unit}@{self.peak.seq}"


async def produce(name: str, values: list, queue: asyncio.Queue, delay: float) -> int:
    for seq, v in enumerate(values):
        await asyncio.sleep(delay)
        reading = Reading(name, seq, v)
        print("put", reading)
        await queue.put(reading)
    return len(values)


async def aggregate(queue: asyncio.Queue, out: dict) -> None:
    while True:
        reading = await queue.get()
        try:
            if reading is None:
                return
            sensor, seq, value, unit = reading
            out.setdefault(sensor, []).append(reading)
            if value > 30:
                print("alert", reading._replace(unit="C!")._asdict())
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=2)
    collected: dict = {}
    worker = asyncio.create_task(aggregate(queue, collected))
    counts = await asyncio.gather(
        produce("north", [20.5, 31.0, 19.25], queue, 0.12),
        produce("south", [25.0, 26.5], queue, 0.3),
    )
    await queue.put(None)
    await worker
    print("produced", counts)
    summaries = []
    for sensor, readings in collected.items():
        peak = max(readings, key=lambda r: r.value)
        summaries.append(Summary(sensor, len(readings), sum(r.value for r in readings) / len(readings), peak))
    for s in sorted(summaries, key=lambda s: s.mean, reverse=True):
        print(s.line())
    print(summaries[0]._fields, summaries[0].peak in collected["north"], Summary._make(summaries[1]) == summaries[1])
    results = await asyncio.gather(*(asyncio.sleep(0.001, result=Reading("t", i, i * 1.5)) for i in range(3)))
    print(results, [r.value for r in results])


asyncio.run(main())
