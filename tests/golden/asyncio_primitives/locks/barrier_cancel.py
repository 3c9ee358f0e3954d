# A task waiting at a Barrier is cancelled: n_waiting drops, the others still need the full
# count; the barrier itself is not broken.
import asyncio


def tail(b):
    return repr(b).split(' [')[1]


async def party(barrier, name):
    try:
        idx = await barrier.wait()
    except asyncio.CancelledError:
        print(f"{name}: cancelled while waiting, n_waiting={barrier.n_waiting}")
        raise
    print(f"{name}: through with {idx}")
    return idx


async def main():
    barrier = asyncio.Barrier(3)
    a = asyncio.create_task(party(barrier, "a"))
    b = asyncio.create_task(party(barrier, "b"))
    await asyncio.sleep(0)
    print("two waiting:", tail(barrier))
    b.cancel()
    await asyncio.sleep(0)
    print("after cancel:", tail(barrier), "broken:", barrier.broken)
    c = asyncio.create_task(party(barrier, "c"))
    await asyncio.sleep(0)
    print("c joined:", tail(barrier))
    d = asyncio.create_task(party(barrier, "d"))
    results = await asyncio.gather(a, b, c, d, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else "index" for r in results])
    print("indices:", sorted(r for r in results if isinstance(r, int)))
    print("end:", tail(barrier))


asyncio.run(main())
