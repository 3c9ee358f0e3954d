# A task blocked inside an asyncio.timeout(1000) block is cancelled from outside.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim():
    print('blocking')
    async with asyncio.timeout(1000):
        await asyncio.get_running_loop().create_future()
    print('not reached')


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
