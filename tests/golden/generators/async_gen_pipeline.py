# Generators feeding asyncio tasks: a generator of work batches, tasks consuming via a Queue,
# and generator close()/finally ordering when consumption stops early.
import asyncio


def batches(items, size):
    batch = []
    try:
        for it in items:
            batch.append(it)
            if len(batch) == size:
                print("  yield batch", batch)
                yield batch
                batch = []
        if batch:
            yield batch
    finally:
        print("  batches finally, pending", batch)


def squares():
    n = 0
    while True:
        received = yield n * n
        n = received if received is not None else n + 1


async def worker(name: str, q: asyncio.Queue, out: list) -> None:
    while True:
        batch = await q.get()
        if batch is None:
            q.task_done()
            return
        await asyncio.sleep(0)
        out.append((name, sum(batch)))
        q.task_done()


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue()
    out: list = []
    ws = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
    for b in batches(range(1, 11), 3):
        await q.put(b)
    for _ in ws:
        await q.put(None)
    await q.join()
    await asyncio.gather(*ws)
    print(out, sum(s for _, s in out))
    gen = batches("abcdefgh", 2)
    print(next(gen), next(gen))
    gen.close()
    print("after close", list(gen))
    sq = squares()
    print([next(sq) for _ in range(4)], sq.send(10), next(sq), sq.send(None))
    early = batches(range(100), 4)
    for b in early:
        if b[0] >= 8:
            break
    del early
    print("done")


asyncio.run(main())
