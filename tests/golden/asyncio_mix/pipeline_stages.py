import asyncio

SENTINEL = None


async def produce(out, items):
    for it in items:
        await asyncio.sleep(0.001)
        await out.put(it)
    await out.put(SENTINEL)


async def transform(inp, out, fn, label):
    count = 0
    while (item := await inp.get()) is not SENTINEL:
        out_item = fn(item)
        if out_item is not None:
            await out.put(out_item)
            count += 1
    await out.put(SENTINEL)
    print(f"{label}: forwarded {count}")
    return count


async def consume(inp):
    acc = []
    while True:
        item = await inp.get()
        if item is SENTINEL:
            return acc
        acc.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(2), asyncio.Queue(2)
    words = "the quick brown fox jumps over the lazy dog again".split()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(produce(q1, words))
        t1 = tg.create_task(transform(q1, q2, lambda w: w if len(w) > 3 else None, "filter"))
        t2 = tg.create_task(transform(q2, q3, str.upper, "upper"))
        sink = tg.create_task(consume(q3))
    print(sink.result(), t1.result(), t2.result())

    async def stage_fail(x):
        await asyncio.sleep(0.04 * x)
        if x == 2:
            raise ValueError(f"stage {x} broke")
        return x

    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(stage_fail(i)) for i in range(1, 5)]
    except ExceptionGroup as eg:
        print("group:", [str(e) for e in eg.exceptions])
    print([t.cancelled() for t in tasks])

asyncio.run(main())
