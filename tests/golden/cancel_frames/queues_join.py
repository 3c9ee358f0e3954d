# A task blocked in Queue.join (one unfinished item) is cancelled.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim(obj):
    print('blocking')
    await obj.join()
    print('not reached')


async def main():
    obj = asyncio.Queue()
    obj.put_nowait('a')
    t = asyncio.create_task(victim(obj))
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
