# A task blocked in Lock.acquire (main holds the lock) is cancelled.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim(obj):
    print('blocking')
    await obj.acquire()
    print('not reached')


async def main():
    obj = asyncio.Lock()
    await obj.acquire()
    t = asyncio.create_task(victim(obj))
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
