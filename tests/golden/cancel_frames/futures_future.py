# A task awaiting a bare Future (loop.create_future()) is cancelled.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim(obj):
    print('blocking')
    await obj
    print('not reached')


async def main():
    obj = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(victim(obj))
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
