# A task awaiting a task that runs Event.wait directly (blocked in it) is cancelled.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim():
    print('blocking')
    child = asyncio.create_task(asyncio.Event().wait())
    await child
    print('not reached')


async def main():
    t = asyncio.create_task(victim())
    for _ in range(2):
        await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
