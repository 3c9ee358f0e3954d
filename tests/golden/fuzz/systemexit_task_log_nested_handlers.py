# As systemexit_task_log_after_handler, with handlers in two functions and at module level:
# the report shows the traceback as the last of them (the module's except) caught it.
import asyncio
import sys


async def quitter():
    sys.exit(3)


async def main():
    asyncio.create_task(quitter())
    await asyncio.sleep(1)


def wrapper():
    try:
        asyncio.run(main())
    except SystemExit as e:
        print('caught', e.code)
        raise


def outer():
    wrapper()


try:
    outer()
except BaseException:
    print('module caught')
print('end')
