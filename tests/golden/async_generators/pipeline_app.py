# A small streaming pipeline as asyncio programs write them: async generators chained with
# `async for`, fed by tasks through a queue, with a timeout and an early exit.
import asyncio


async def produce(queue, name, count, delay):
    for i in range(count):
        await asyncio.sleep(delay)
        await queue.put(f"{name}-{i}")
    await queue.put(None)


async def drain(queue, producers):
    finished = 0
    while finished < producers:
        item = await queue.get()
        if item is None:
            finished += 1
            continue
        yield item


async def enrich(items):
    async for item in items:
        name, _, index = item.partition("-")
        yield {"source": name, "index": int(index), "size": len(item)}


async def batched(records, size):
    batch = []
    async for record in records:
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def main():
    # Items 40 ms apart at least (fast at 80, 160, 240, 320 ms; slow at 200, 400): the order holds
    # on a loaded machine.
    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(produce(queue, "fast", 4, 0.08))
        tg.create_task(produce(queue, "slow", 2, 0.2))
        async for batch in batched(enrich(drain(queue, 2)), 3):
            print([f"{r['source']}:{r['index']}" for r in batch])
    numbers = drain(asyncio.Queue(), 1)
    try:
        async with asyncio.timeout(0.01):
            async for n in numbers:
                print("never", n)
    except TimeoutError:
        print("timed out waiting for numbers")
    total = 0
    async for batch in batched(enrich(ticker(10)), 4):
        total += sum(r["size"] for r in batch)
        if total > 20:
            print("enough at", total)
            break
    await asyncio.sleep(0)
    print("done")


async def ticker(n):
    try:
        for i in range(n):
            yield f"t-{i}"
    finally:
        print("ticker closed")


asyncio.run(main())
