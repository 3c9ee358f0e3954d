# As systemexit_task_never_retrieved, with a handler around asyncio.run: the exception's
# __traceback__ is set again where the module's `finally` catches it, so the report CPython's
# collector prints at shutdown starts at the module's frame (not at runners.py, where
# asyncio.run's `with Runner()` caught it).
import asyncio
import sys


async def quitter():
    sys.exit(3)


async def main():
    asyncio.create_task(quitter())
    await asyncio.sleep(1)


try:
    asyncio.run(main())
finally:
    print('finally')
