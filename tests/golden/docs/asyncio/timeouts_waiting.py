# asyncio "Coroutines and Tasks": Timeouts (timeout, wait_for), Waiting Primitives (wait, as_completed)
import asyncio


async def long_running_task():
    await asyncio.sleep(10)
    print('never printed')


async def main():
    try:
        async with asyncio.timeout(0.02):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")

    print("This statement will run regardless.")

asyncio.run(main())


async def main2():
    try:
        # We do not know the timeout when starting, so we pass ``None``.
        async with asyncio.timeout(None) as cm:
            print('when at start:', cm.when())
            # We know the timeout now, so we reschedule it.
            new_deadline = asyncio.get_running_loop().time() + 0.02
            cm.reschedule(new_deadline)
            print('rescheduled:', cm.when() == new_deadline, cm.expired())

            await long_running_task()
    except TimeoutError:
        pass

    if cm.expired():
        print("Looks like we haven't finished on time.")

asyncio.run(main2())


async def main3():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print('finished in time, expired:', cm.expired())
    # nested timeouts: the inner one fires first
    try:
        async with asyncio.timeout(0.5):
            try:
                async with asyncio.timeout(0.02):
                    await asyncio.sleep(1)
            except TimeoutError as e:
                print('inner timeout', type(e).__name__, repr(e.__cause__).split('(')[0], e.__context__ is not None)
            await asyncio.sleep(0.01)
            print('outer body continues')
    except TimeoutError:
        print('outer timed out (wrong)')
    # CancelledError inside the block is converted to TimeoutError
    try:
        async with asyncio.timeout(0.02):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('the body sees CancelledError')
                raise
    except TimeoutError:
        print('the caller sees TimeoutError', asyncio.TimeoutError is TimeoutError)

asyncio.run(main3())


# wait_for
async def eternity():
    # Sleep for one hour
    await asyncio.sleep(3600)
    print('yay!')


async def main4():
    # Wait for at most 1 second
    try:
        await asyncio.wait_for(eternity(), timeout=0.02)
    except TimeoutError:
        print('timeout!')
    print(await asyncio.wait_for(asyncio.sleep(0.01, 'in time'), timeout=1))
    print(await asyncio.wait_for(asyncio.sleep(0, 'no timeout'), None))
    t = asyncio.create_task(eternity())
    try:
        await asyncio.wait_for(t, 0)
    except asyncio.TimeoutError:
        print('timeout 0, task cancelled:', t.cancelled())

asyncio.run(main4())


# wait
async def foo():
    return 42


async def value(delay, v):
    await asyncio.sleep(delay)
    return v


async def boom(delay):
    await asyncio.sleep(delay)
    raise ValueError('boom')


async def main5():
    task = asyncio.create_task(foo())
    done, pending = await asyncio.wait({task})

    if task in done:
        print('Everything will work as expected now.', task.result())

    tasks = [asyncio.create_task(value(d, f'v{d}')) for d in (0.12, 0.04, 0.24)]
    done, pending = await asyncio.wait(tasks, timeout=0.08)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    b = asyncio.create_task(boom(0.04))
    done, pending = await asyncio.wait(pending | {b}, return_when=asyncio.FIRST_EXCEPTION)
    print(b in done, repr(b.exception()), len(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print([t.result() for t in done], pending)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait({task}, return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main5())


# as_completed
async def main6():
    aws = [value(0.2, 'slow'), value(0.04, 'fast'), value(0.12, 'medium')]
    for coro in asyncio.as_completed(aws):
        earliest_result = await coro
        print(earliest_result)
    try:
        for coro in asyncio.as_completed([value(0.01, 'ok'), value(1, 'late')], timeout=0.05):
            print(await coro)
    except TimeoutError:
        print('as_completed timed out')

asyncio.run(main6())
