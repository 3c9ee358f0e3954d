# Barrier.reset() while tasks wait: the waiters get BrokenBarrierError, the barrier goes
# through "resetting" and is usable again once they left; async with gives the index.
import asyncio


def tail(b):
    return repr(b).split(' [')[1]


async def waiter(barrier, name, log):
    try:
        async with barrier as idx:
            log.append(f"{name} inside with index {idx}")
    except asyncio.BrokenBarrierError:
        log.append(f"{name} broken by reset")


async def main():
    barrier = asyncio.Barrier(3)
    log = []
    tasks = [asyncio.create_task(waiter(barrier, n, log)) for n in ("a", "b")]
    await asyncio.sleep(0)
    print("waiting:", tail(barrier))
    await barrier.reset()
    print("just after reset:", tail(barrier), barrier.broken, barrier.n_waiting)
    await asyncio.gather(*tasks)
    print("after waiters left:", tail(barrier), barrier.broken)
    for line in log:
        print(" ", line)
    log.clear()
    tasks = [asyncio.create_task(waiter(barrier, n, log)) for n in ("c", "d", "e")]
    await asyncio.gather(*tasks)
    for line in log:
        print(" ", line)
    print("final:", tail(barrier))
    await barrier.reset()
    print("reset while empty:", tail(barrier))


asyncio.run(main())
