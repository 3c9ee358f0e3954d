# Producer tasks push into queues read by async iterators; consumers merge the streams, an
# Event stops a heartbeat, and a failing stream ends the program with a traceback (exit 1).
import asyncio

DONE = object()


class QueueStream:
    def __init__(self, queue, name):
        self.queue = queue
        self.name = name

    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.queue.get()
        if item is DONE:
            raise StopAsyncIteration
        if isinstance(item, Exception):
            raise item
        return f"{self.name}:{item}"


async def produce(queue, items, delay_steps):
    for it in items:
        for _ in range(delay_steps):
            await asyncio.sleep(0)
        await queue.put(it)
    await queue.put(DONE)


async def consume(stream, merged):
    count = 0
    async for item in stream:
        merged.append(item)
        count += 1
    return count


async def heartbeat(stop, beats):
    while not stop.is_set():
        beats.append(len(beats))
        await asyncio.sleep(0)


async def main():
    qa, qb = asyncio.Queue(), asyncio.Queue(maxsize=1)
    merged, beats = [], []
    stop = asyncio.Event()
    hb = asyncio.create_task(heartbeat(stop, beats))
    producers = [asyncio.create_task(produce(qa, "abcd", 1)), asyncio.create_task(produce(qb, [1, 2, 3], 2))]
    counts = await asyncio.gather(consume(QueueStream(qa, "A"), merged), consume(QueueStream(qb, "B"), merged))
    stop.set()
    await hb
    await asyncio.gather(*producers)
    print(counts, merged)
    print(len(beats) > 0, qa.empty(), qb.full())
    qc = asyncio.Queue()
    asyncio.create_task(produce(qc, [10, 20, ValueError("stream corrupted at 3"), 40], 0))
    got = []
    try:
        await consume(QueueStream(qc, "C"), got)
    finally:
        print("partial", got)


asyncio.run(main())
