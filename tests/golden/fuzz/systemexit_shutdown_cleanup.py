# sys.exit() in main: asyncio.run still cancels the pending tasks and runs the loop until they
# finish (run_until_complete(gather(*to_cancel))), so an await in a cancel handler completes.
import asyncio
import sys


async def bg():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('bg cancelled')
        await asyncio.sleep(0)
        print('bg cleanup')
        raise
    finally:
        print('bg finally')


async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(0)
    sys.exit(3)


asyncio.run(main())
