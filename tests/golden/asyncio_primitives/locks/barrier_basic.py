# asyncio.Barrier: wait() returns distinct indices (arrival order), parties/n_waiting/broken,
# the repr tail while filling and after, and the barrier reused for a second round.
import asyncio


def tail(b):
    return repr(b).split(' [')[1]


async def worker(barrier, name, log):
    log.append(f"{name} arrives (n_waiting={barrier.n_waiting})")
    idx = await barrier.wait()
    log.append(f"{name} passed round 1 with index {idx}")
    await asyncio.sleep(0)
    idx2 = await barrier.wait()
    log.append(f"{name} passed round 2 with index {idx2}")
    return idx, idx2


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
    print("repr:", tail(barrier))
    log = []
    tasks = []
    for name in ("a", "b", "c"):
        tasks.append(asyncio.create_task(worker(barrier, name, log)))
        await asyncio.sleep(0)
        print(f"after {name}:", tail(barrier), barrier.n_waiting)
    results = await asyncio.gather(*tasks)
    for line in log:
        print(" ", line)
    print("results:", results)
    print("sorted indices:", sorted(r[0] for r in results), sorted(r[1] for r in results))
    print("end:", tail(barrier), barrier.broken)
    for bad in (0, -1):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print(f"Barrier({bad}):", type(e).__name__, e)
    one = asyncio.Barrier(1)
    print("single party:", await one.wait(), await one.wait(), tail(one))


asyncio.run(main())
