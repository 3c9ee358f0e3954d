# A task awaiting another task is cancelled before that task has started: the awaited task is
# cancelled at its first step (its frame shows the `async def` line).
# The CancelledError is uncaught: it ends the program.
import asyncio


async def never():
    await asyncio.get_running_loop().create_future()


async def victim():
    print('blocking')
    child = asyncio.create_task(never())
    await child
    print('not reached')


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
