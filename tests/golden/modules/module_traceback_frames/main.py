# An exception raised in a module's function called from an asyncio task in main: the
# uncaught traceback shows frames from both main.py and helper.py (and asyncio's).
import asyncio
import helper


async def job(items):
    await asyncio.sleep(0)
    return helper.process(items)


async def main():
    print(await asyncio.create_task(job([1, 2])))
    print(await asyncio.create_task(job([1, 0])))


asyncio.run(main())
