# A task blocked in Queue.get (empty queue) is cancelled.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim(obj):
    print('blocking')
    await obj.get()
    print('not reached')


async def main():
    obj = asyncio.Queue()
    t = asyncio.create_task(victim(obj))
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
