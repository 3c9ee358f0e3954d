# A task blocked in Queue.put (full queue, maxsize=1) is cancelled.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim(obj):
    print('blocking')
    await obj.put('b')
    print('not reached')


async def main():
    obj = asyncio.Queue(maxsize=1)
    obj.put_nowait('a')
    t = asyncio.create_task(victim(obj))
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
