# A logging decorator on async def that awaits the wrapped coroutine; tasks interleave.
import asyncio
import functools

events = []


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        events.append(f"start {fn.__name__}{args}")
        try:
            result = await fn(*args, **kwargs)
        except Exception as e:
            events.append(f"error {fn.__name__}: {type(e).__name__}: {e}")
            raise
        events.append(f"end {fn.__name__} -> {result!r}")
        return result
    return wrapper


@logged
async def fetch(item, delay_steps=1):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    if item < 0:
        raise ValueError(f"bad item {item}")
    return item * 10


@logged
async def gather_all(items):
    results = await asyncio.gather(*(fetch(i, delay_steps=3 - i % 3) for i in items),
                                   return_exceptions=True)
    return [r if isinstance(r, int) else str(r) for r in results]


async def main():
    print(await fetch(4))
    print(await gather_all([0, 1, -2, 3]))
    t = asyncio.create_task(fetch(7, delay_steps=2))
    await asyncio.sleep(0)
    events.append("main between")
    print(await t)
    for e in events:
        print(e)
    print(fetch.__name__, asyncio.iscoroutinefunction(fetch), fetch.__wrapped__.__name__)


asyncio.run(main())
