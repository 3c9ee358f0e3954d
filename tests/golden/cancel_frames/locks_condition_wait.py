# A task blocked in Condition.wait is cancelled.
# The CancelledError is uncaught: it ends the program.
import asyncio


async def victim(obj):
    print('blocking')
    async with obj:
        await obj.wait()
    print('not reached')


async def main():
    obj = asyncio.Condition()
    t = asyncio.create_task(victim(obj))
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
