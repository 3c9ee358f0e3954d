# A task awaiting asyncio.gather (its child blocked) is cancelled.
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
    for _ in range(2):
        await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
