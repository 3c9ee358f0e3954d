# Condition.wait cancelled while main holds the lock, then cancelled again while re-acquiring
# it: wait() raises a new CancelledError (locks.py:283) whose __context__ is the first one
# (locks.py:267), so both are printed, chained.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim(obj):
    print('blocking')
    async with obj:
        await obj.wait()
    print('not reached')


async def main():
    obj = asyncio.Condition()
    t = asyncio.create_task(victim(obj))
    await asyncio.sleep(0)
    t.cancel()
    await obj.acquire()
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    obj.release()
    await t


asyncio.run(main())
