# A task blocked in asyncio.wait_for (timeout 1000) is cancelled from outside.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def never():
    await asyncio.get_running_loop().create_future()


async def victim():
    print('blocking')
    await asyncio.wait_for(never(), 1000)
    print('not reached')


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
