# A task blocked in Semaphore.acquire is cancelled.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim(obj):
    print('blocking')
    await obj.acquire()
    print('not reached')


async def main():
    obj = asyncio.Semaphore(0)
    t = asyncio.create_task(victim(obj))
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
