# A task blocked in BoundedSemaphore.acquire (main holds it) is cancelled.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim(obj):
    print('blocking')
    await obj.acquire()
    print('not reached')


async def main():
    obj = asyncio.BoundedSemaphore(1)
    await obj.acquire()
    t = asyncio.create_task(victim(obj))
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
