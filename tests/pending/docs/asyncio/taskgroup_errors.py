# asyncio "Coroutines and Tasks": Task Groups -- failures cancel the siblings, ExceptionGroup results
import asyncio


async def some_coro(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, 'finished')
        return name
    except asyncio.CancelledError:
        print(name, 'was cancelled')
        raise


async def fail(name, delay, exc):
    await asyncio.sleep(delay)
    print(name, 'raising', repr(exc))
    raise exc


async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(some_coro('one', 0.01))
        task2 = tg.create_task(some_coro('two', 0.02))
    print(f"Both tasks have completed now: {task1.result()}, {task2.result()}")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(some_coro('slow', 1))
            tg.create_task(fail('bad', 0.01, ValueError('first failure')))
            tg.create_task(some_coro('fast', 0.005))
    except ExceptionGroup as eg:
        print('caught', repr(eg))
        print([repr(e) for e in eg.exceptions])

    # two failures in the same group
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail('f1', 0.01, KeyError('k')))
            tg.create_task(fail('f2', 0.01 + 0.02, TypeError('t')))
            tg.create_task(some_coro('sleeper', 1))
    except ExceptionGroup as group:   # the doc's except* form is refused by aiocc
        eg, rest = group.split(KeyError)
        if eg is not None:
            print('except* KeyError', eg.exceptions)
        eg, rest = group.split(TypeError)
        if eg is not None:
            print('except* TypeError', eg.exceptions)

    # the body of the async with raising
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(some_coro('bystander', 1))
            await asyncio.sleep(0.01)
            raise RuntimeError('body failed')
    except ExceptionGroup as eg:
        print('body error wrapped:', repr(eg))

    # tasks added to the group by a task of the group
    async def spawner(tg):
        await asyncio.sleep(0.01)
        tg.create_task(some_coro('spawned', 0.01))
        return 'spawner'

    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg))
    print('spawned group done')
    try:
        tg.create_task(some_coro('late', 0))
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())


# an exception group left uncaught ends the program with a traceback
async def main2():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail('x', 0.01, OSError('disk full')))
        tg.create_task(fail('y', 0.02, ZeroDivisionError('division by zero')))
        tg.create_task(some_coro('z', 0.015))


asyncio.run(main2())
