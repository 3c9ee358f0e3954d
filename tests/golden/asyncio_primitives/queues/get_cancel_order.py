# Getters waiting on an empty LifoQueue/PriorityQueue are served in FIFO order of waiting;
# a cancelled getter does not consume an item; get_nowait while getters wait.
import asyncio


async def getter(q, name, log):
    try:
        item = await q.get()
        log.append(f"{name} got {item!r}")
        return item
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def run(q, items):
    print(type(q).__name__)
    log = []
    tasks = [asyncio.create_task(getter(q, f"g{i}", log)) for i in range(4)]
    await asyncio.sleep(0)
    print("  getters waiting, qsize:", q.qsize(), str(q))
    tasks[1].cancel()
    await asyncio.sleep(0)
    for it in items:
        q.put_nowait(it)
    print("  after puts:", str(q))
    res = await asyncio.gather(*tasks, return_exceptions=True)
    for line in log:
        print("  ", line)
    print("  results:", [r if not isinstance(r, BaseException) else type(r).__name__ for r in res])
    print("  left:", str(q), [q.get_nowait() for _ in range(q.qsize())])


async def main():
    await run(asyncio.LifoQueue(), ["a", "b", "c", "d"])
    await run(asyncio.PriorityQueue(), [7, 2, 9, 4])


asyncio.run(main())
