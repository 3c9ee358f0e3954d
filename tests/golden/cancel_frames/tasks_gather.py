# A task awaiting asyncio.gather is cancelled before gather's child has started: the child
# is cancelled at its first step and its CancelledError propagates.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def never():
    await asyncio.get_running_loop().create_future()


async def victim():
    print('blocking')
    await asyncio.gather(never())
    print('not reached')


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
