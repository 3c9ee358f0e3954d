# A task suspended in asyncio.sleep(0) is cancelled.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim():
    print('blocking')
    await asyncio.sleep(0)
    print('not reached')


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
