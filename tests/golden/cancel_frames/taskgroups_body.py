# A task blocked in a TaskGroup body (child not started yet) is cancelled from outside.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def never():
    await asyncio.get_running_loop().create_future()


async def victim():
    print('blocking')
    async with asyncio.TaskGroup() as tg:
        tg.create_task(never())
        await asyncio.get_running_loop().create_future()
    print('not reached')


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
