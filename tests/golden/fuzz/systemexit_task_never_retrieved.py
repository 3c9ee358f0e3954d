# A task other than main ends in SystemExit: CPython exits with its code, and at shutdown logs
# "Task exception was never retrieved" for that task with the traceback through the loop's own
# frames (base_events.py run_forever/_run_once, events.py Handle._run). aiocc logs nothing.
import asyncio
import sys


async def quitter():
    sys.exit(3)


async def main():
    asyncio.create_task(quitter())
    await asyncio.sleep(1)


asyncio.run(main())
