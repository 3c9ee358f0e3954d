# A task blocked in an asyncio.locks primitive is cancelled; the CancelledError's traceback
# includes the frames of asyncio/locks.py.
import asyncio
import sys
import traceback


async def case(name, body):
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
    await asyncio.sleep(0)
    t.cancel()
    await t


async def main():
    await case('Event.wait', asyncio.Event().wait)

    lock = asyncio.Lock()
    await lock.acquire()
    await case('Lock.acquire', lock.acquire)
    lock.release()

    async def lock_async_with():
        async with lock:
            print('entered')
    await lock.acquire()
    await case('async with Lock', lock_async_with)
    lock.release()

    sem = asyncio.Semaphore(0)
    await case('Semaphore.acquire', sem.acquire)

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    await case('BoundedSemaphore.acquire', bsem.acquire)
    bsem.release()

    cond = asyncio.Condition()

    async def cond_wait():
        async with cond:
            await cond.wait()
    await case('Condition.wait', cond_wait)

    async def cond_wait_for():
        async with cond:
            await cond.wait_for(lambda: False)
    await case('Condition.wait_for', cond_wait_for)
    print('locked after:', lock.locked(), cond.locked())


asyncio.run(main())
