import asyncio

async def job(n, fail=False):
    await asyncio.sleep(0.04 * n)
    if fail:
        raise ValueError(f"job {n} failed")
    return n * 10

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    slow = asyncio.create_task(job(50))
    done, pending = await asyncio.wait([slow], timeout=0.08)
    print("timed wait:", len(done), len(pending))
    slow.cancel()
    for coro in asyncio.as_completed([job(3), job(1), job(2)]):
        print("as completed:", await coro)
    t1 = asyncio.create_task(job(1, fail=True))
    t2 = asyncio.create_task(job(4))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
    print([type(t.exception()).__name__ for t in done], len(pending))
    await t2
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)

asyncio.run(main())
