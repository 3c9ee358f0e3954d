# Lock fairness order, Event set/clear/wait, Semaphore limits and per-item Events between tasks.
import asyncio

log: list = []


async def locked_worker(name: str, lock: asyncio.Lock, rounds: int) -> None:
    for r in range(rounds):
        async with lock:
            log.append(f"{name}{r}")
            await asyncio.sleep(0)
        await asyncio.sleep(0)


async def gated(name: str, ev: asyncio.Event, sem: asyncio.Semaphore) -> str:
    await ev.wait()
    async with sem:
        print(f"{name} in (locked={sem.locked()})")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print(f"{name} out")
    return name.upper()


async def main() -> None:
    lock = asyncio.Lock()
    await asyncio.gather(locked_worker("a", lock, 3), locked_worker("b", lock, 2), locked_worker("c", lock, 1))
    print(log, lock.locked())
    ev = asyncio.Event()
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(gated(n, ev, sem)) for n in "xyzw"]
    await asyncio.sleep(0)
    print("before set", ev.is_set(), [t.done() for t in tasks])
    ev.set()
    ev.clear()
    print("after clear", ev.is_set())
    print(await asyncio.gather(*tasks))
    items: list = []
    arrived = [asyncio.Event() for _ in range(3)]

    async def waiter(i: int) -> None:
        await arrived[i].wait()
        async with lock:
            print(f"waiter {i} got {items[-1]} of {len(items)}")

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    for i, v in enumerate(["p", "q", "r"]):
        await asyncio.sleep(0)
        items.append(v)
        arrived[2 - i].set()
    await asyncio.gather(*ws)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
