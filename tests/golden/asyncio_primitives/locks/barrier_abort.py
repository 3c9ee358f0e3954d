# Barrier.abort(): waiters get BrokenBarrierError, later waits fail at once, broken stays
# True until reset(); then the barrier works again.
import asyncio


def tail(b):
    return repr(b).split(' [')[1]


async def worker(barrier, name):
    try:
        idx = await barrier.wait()
        print(f"{name}: index {idx}")
        return idx
    except asyncio.BrokenBarrierError as e:
        print(f"{name}: {type(e).__name__} {e!r} broken={barrier.broken}")
        return "broken"


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(worker(barrier, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    print("before abort:", tail(barrier))
    await barrier.abort()
    print("after abort:", tail(barrier), barrier.broken, barrier.n_waiting)
    print("results:", await asyncio.gather(*tasks))
    print("late:", await worker(barrier, "late"))
    print("issubclass RuntimeError:", issubclass(asyncio.BrokenBarrierError, RuntimeError))
    await barrier.reset()
    print("after reset:", tail(barrier), barrier.broken)
    tasks = [asyncio.create_task(worker(barrier, n)) for n in ("x", "y", "z")]
    res = await asyncio.gather(*tasks)
    print("sorted:", sorted(res))
    print("end:", tail(barrier))


asyncio.run(main())
