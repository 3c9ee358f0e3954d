# A task blocked in one of asyncio/tasks.py's functions is cancelled from outside; the
# CancelledError's traceback includes the frames of asyncio/tasks.py (and of what it awaits).
import asyncio
import sys
import traceback


async def case(name, body, ticks=1):
    print('---', name)
    print('---', name, file=sys.stderr)

    async def victim():
        try:
            await body()
        except asyncio.CancelledError:
            traceback.print_exc()
            print('cancelled')
        else:
            print('not cancelled')

    t = asyncio.create_task(victim())
    for _ in range(ticks):
        await asyncio.sleep(0)
    t.cancel()
    await t
    await asyncio.sleep(0)


async def never():
    await asyncio.get_running_loop().create_future()


async def wait_one():
    child = asyncio.create_task(never())
    try:
        await asyncio.wait({child})
    finally:
        child.cancel()


async def wait_for_long():
    await asyncio.wait_for(never(), 1000)


async def gather_one():
    await asyncio.gather(never())


async def shield_one():
    child = asyncio.create_task(never())
    try:
        await asyncio.shield(child)
    finally:
        child.cancel()


async def as_completed_one():
    child = asyncio.create_task(never())
    try:
        for f in asyncio.as_completed([child]):
            await f
    finally:
        child.cancel()


async def sleep_long():
    await asyncio.sleep(1000)


async def sleep_zero():
    await asyncio.sleep(0)
    print('after sleep(0)')


async def main():
    await case('asyncio.wait', wait_one)
    await case('asyncio.wait_for', wait_for_long)
    await case('asyncio.gather', gather_one)
    await case('asyncio.gather (child started)', gather_one, ticks=2)
    await case('asyncio.shield', shield_one)
    await case('asyncio.as_completed', as_completed_one)
    await case('asyncio.sleep(1000)', sleep_long)
    await case('asyncio.sleep(0)', sleep_zero)


asyncio.run(main())
