# asyncio "Runners" page: asyncio.run() cancels the remaining tasks, finalizes, and refuses nesting;
# "Coroutines and Tasks": keep references to tasks; never-retrieved exceptions are logged
import asyncio

background_tasks = set()


async def some_coro(param):
    try:
        print('background', param, 'started')
        # the doc's tasks run forever; only task 0 is still pending when main() returns, because
        # asyncio.run() cancels leftover tasks in all_tasks() set order (by address)
        await asyncio.sleep(10 if param == 0 else 0.01 * param)
        print('background', param, 'finished')
    except asyncio.CancelledError:
        print('background', param, 'cancelled by asyncio.run()')
        raise
    finally:
        print('background', param, 'finally')


async def main():
    for i in range(3):
        task = asyncio.create_task(some_coro(param=i))

        # Add task to the set. This creates a strong reference.
        background_tasks.add(task)

        # To prevent keeping references to finished tasks forever,
        # make each task remove its own reference from the set after
        # completion:
        task.add_done_callback(background_tasks.discard)
    await asyncio.sleep(0.05)
    print('main returns with', len(background_tasks), 'tasks pending')
    return 'main result'


print(asyncio.run(main()))
print('left in set:', len(background_tasks))


async def nested_run():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(nested_run())


async def raises():
    await asyncio.sleep(0)
    raise ValueError('from main')


try:
    asyncio.run(raises())
except ValueError as e:
    print('asyncio.run re-raised', repr(e))


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn: cancelled, cleaning up with an await')
        await asyncio.sleep(0.01)
        print('stubborn: cleanup done')
        raise


async def main2():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)

asyncio.run(main2())


async def failing_child():
    raise KeyError('never retrieved')


async def main3():
    t = asyncio.create_task(failing_child())
    await asyncio.sleep(0.01)
    print('child done:', t.done())
    del t

asyncio.run(main3())
print('end of program')
