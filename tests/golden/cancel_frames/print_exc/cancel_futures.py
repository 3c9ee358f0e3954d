# A task awaiting a bare Future or another Task, or blocked inside an asyncio.timeout() block
# or a TaskGroup body, is cancelled from outside; the traceback of the CancelledError.
import asyncio
import sys
import traceback


async def case(name, body, ticks=1):
    print('---', name)
    print('---', name, file=sys.stderr)

    async def victim():
        try:
            await body()
        except asyncio.CancelledError:
            traceback.print_exc()
            print('cancelled')
        else:
            print('not cancelled')

    t = asyncio.create_task(victim())
    for _ in range(ticks):
        await asyncio.sleep(0)
    t.cancel()
    await t
    await asyncio.sleep(0)


async def bare_future():
    await asyncio.get_running_loop().create_future()


async def child_blocked():
    await asyncio.get_running_loop().create_future()


async def await_task():
    child = asyncio.create_task(child_blocked())
    await child


async def await_task_in_event():
    child = asyncio.create_task(asyncio.Event().wait())
    await child


async def timeout_block():
    async with asyncio.timeout(1000):
        await asyncio.get_running_loop().create_future()


async def taskgroup_body():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child_blocked())
        await asyncio.get_running_loop().create_future()


async def main():
    await case('await Future', bare_future)
    await case('await Task', await_task)
    await case('await Task (child started)', await_task, ticks=2)
    await case('await Task blocked in Event.wait (not started)', await_task_in_event)
    await case('await Task blocked in Event.wait (started)', await_task_in_event, ticks=2)
    await case('asyncio.timeout block', timeout_block)
    await case('TaskGroup body', taskgroup_body)
    await case('TaskGroup body (child started)', taskgroup_body, ticks=2)


asyncio.run(main())
