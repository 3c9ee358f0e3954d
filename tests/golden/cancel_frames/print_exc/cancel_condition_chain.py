# Condition.wait cancelled while another task holds the condition's lock, then cancelled again
# while re-acquiring it: wait() raises a new CancelledError (locks.py:283) whose __context__ is
# the first one (locks.py:267), so the traceback shows both, chained.
import asyncio
import sys
import traceback


async def main():
    cond = asyncio.Condition()

    async def victim():
        try:
            async with cond:
                await cond.wait()
        except asyncio.CancelledError as e:
            traceback.print_exc()
            print('context is a CancelledError:', isinstance(e.__context__, asyncio.CancelledError))
            print('locked after:', cond.locked())

    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print('waiting:', cond.locked())
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print('releasing')
    cond.release()
    await t
    print('--- uncaught', file=sys.stderr)

    async def victim2():
        async with cond:
            await cond.wait()

    t = asyncio.create_task(victim2())
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    cond.release()
    await t


asyncio.run(main())
