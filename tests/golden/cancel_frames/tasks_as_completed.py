# A task awaiting an item of asyncio.as_completed is cancelled.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def never():
    await asyncio.get_running_loop().create_future()


async def victim(obj):
    print('blocking')
    for f in asyncio.as_completed([obj]):
        await f
    print('not reached')


async def main():
    obj = asyncio.create_task(never())
    t = asyncio.create_task(victim(obj))
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
