# A task awaiting a task that runs Event.wait directly, cancelled before it has started: the
# frame of locks.py's wait shows its `async def` line.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim():
    print('blocking')
    child = asyncio.create_task(asyncio.Event().wait())
    await child
    print('not reached')


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
