# A small log-report program: batches records with islice, groups them with groupby, running totals
# with accumulate, sliding windows with pairwise/tee, run inside asyncio.run by two cooperating tasks.
import asyncio
import itertools
from dataclasses import dataclass

LOG = """\
09:00 web GET 120
09:00 web GET 80
09:01 db QUERY 300
09:01 web POST 210
09:02 db QUERY 150
09:02 db QUERY 90
09:03 web GET 60
09:04 cache HIT 5
09:04 cache MISS 40
09:05 web GET 75"""


@dataclass
class Entry:
    minute: str
    service: str
    op: str
    ms: int


def parse(lines):
    for line in lines:
        minute, service, op, ms = line.split()
        yield Entry(minute, service, op, int(ms))


def batches(iterable, n):
    it = iter(iterable)
    while batch := list(itertools.islice(it, n)):
        yield batch


async def producer(queue):
    for number, batch in enumerate(batches(parse(LOG.splitlines()), 4), 1):
        print(f"producer: batch {number} with {len(batch)} entries")
        await queue.put(batch)
        await asyncio.sleep(0)
    await queue.put(None)


async def consumer(queue):
    seen = []
    while (batch := await queue.get()) is not None:
        seen.extend(batch)
        totals = list(itertools.accumulate(e.ms for e in seen))
        print(f"consumer: {len(seen)} entries, running total {totals[-1]} ms")
    return seen


async def main():
    queue = asyncio.Queue()
    _, entries = await asyncio.gather(producer(queue), consumer(queue))
    print("-- per minute --")
    for minute, group in itertools.groupby(entries, key=lambda e: e.minute):
        group = list(group)
        print(minute, len(group), sum(e.ms for e in group), "+".join(sorted({e.service for e in group})))
    print("-- per service --")
    for service, group in itertools.groupby(sorted(entries, key=lambda e: e.service), key=lambda e: e.service):
        times = [e.ms for e in group]
        print(f"{service:6}{len(times):3}{max(times):5}{sum(times) / len(times):8.1f}")
    print("-- deltas --", [b.ms - a.ms for a, b in itertools.pairwise(entries)])
    a, b, c = itertools.tee((e.ms for e in entries), 3)
    next(b)
    next(c), next(c)
    print("-- 3-windows --", [round((x + y + z) / 3, 1) for x, y, z in zip(a, b, c)])
    slow = list(itertools.compress(entries, (e.ms > 100 for e in entries)))
    print("-- slow --", [(e.minute, e.service, e.ms) for e in slow])
    print("-- from first db --", [e.op for e in itertools.dropwhile(lambda e: e.service != "db", entries)][:3])
    print("-- cumulative by minute --", list(itertools.accumulate(
        (sum(e.ms for e in g) for _, g in itertools.groupby(entries, key=lambda e: e.minute)), initial=0)))


asyncio.run(main())
