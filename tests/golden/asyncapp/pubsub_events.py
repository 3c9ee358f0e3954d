"""An in-process pub/sub broker: per-subscriber queues, fan-out, slow consumers and gather."""
import asyncio
from typing import Any


class Broker:
    def __init__(self):
        self.topics: dict[str, list[asyncio.Queue]] = {}
        self.published = 0

    def subscribe(self, topic: str, maxsize: int = 0) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue(maxsize)
        self.topics.setdefault(topic, []).append(q)
        return q

    async def publish(self, topic: str, message: Any):
        self.published += 1
        for q in self.topics.get(topic, []):
            await q.put(message)

    async def close(self):
        for queues in self.topics.values():
            for q in queues:
                await q.put(None)


async def consumer(name: str, q: asyncio.Queue, delay: float, seen: dict):
    count = 0
    while (msg := await q.get()) is not None:
        count += 1
        seen.setdefault(name, []).append(msg)
        await asyncio.sleep(delay)
    return name, count


async def producer(broker: Broker, topic: str, items, gap: float):
    for item in items:
        await broker.publish(topic, item)
        await asyncio.sleep(gap)
    return f"{topic} produced {len(items)}"


async def main():
    broker = Broker()
    seen: dict[str, list] = {}
    consumers = [
        asyncio.create_task(consumer("fast-news", broker.subscribe("news"), 0.0, seen)),
        asyncio.create_task(consumer("slow-news", broker.subscribe("news", maxsize=1), 0.06, seen)),
        asyncio.create_task(consumer("prices", broker.subscribe("prices"), 0.0, seen)),
    ]
    producers = await asyncio.gather(
        producer(broker, "news", ["n1", "n2", "n3", "n4"], 0.02),
        producer(broker, "prices", [101.5, 99.25, 100.0], 0.1),
        producer(broker, "nobody-listens", ["x"], 0.0),
    )
    print("producers:", producers)
    await broker.close()
    done = await asyncio.gather(*consumers)
    print("consumers:", done)
    for name in sorted(seen):
        print(f"  {name:10} {seen[name]}")
    print("published:", broker.published, "topics:", sorted(broker.topics))

    async def failing(i):
        await asyncio.sleep(0.04 * i)
        if i % 2:
            raise LookupError(f"item {i} missing")
        return i * 10

    mixed = await asyncio.gather(*(failing(i) for i in range(5)), return_exceptions=True)
    print("mixed:", [r if not isinstance(r, BaseException) else f"<{type(r).__name__}: {r}>" for r in mixed])
    first_done = []
    for fut in asyncio.as_completed([failing(4), failing(2), failing(0)]):
        first_done.append(await fut)
    print("as_completed:", first_done)
    done, pending = await asyncio.wait([asyncio.create_task(failing(i)) for i in (2, 0, 6)], timeout=0.14)
    print("wait:", sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(failing(0), failing(3), failing(1))


asyncio.run(main())
