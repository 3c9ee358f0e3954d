# asyncio "Coroutines and Tasks": Running Tasks Concurrently (gather), Shielding From Cancellation
import asyncio


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0)   # the doc sleeps 1 s; sleep(0) keeps the same interleaving deterministic
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def main():
    # Schedule three calls *concurrently*:
    L = await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    )
    print(L)

asyncio.run(main())


async def fails(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def value(delay, v):
    await asyncio.sleep(delay)
    return v


async def main2():
    # return_exceptions=True: exceptions are treated the same as successful results
    res = await asyncio.gather(value(0.01, 'a'), fails(0.02, ValueError('bad')), value(0.03, 'c'),
                               return_exceptions=True)
    print(res)
    # return_exceptions=False: the first raised exception propagates, other awaitables keep running
    t = asyncio.create_task(value(0.05, 'still running'))
    try:
        await asyncio.gather(fails(0.01, KeyError('k')), t)
    except KeyError as e:
        print('gather raised', repr(e), 'sibling done?', t.done())
    print(await t)
    print(await asyncio.gather())
    # gather() itself cancelled: all submitted awaitables are cancelled
    c1 = asyncio.create_task(value(1, 'never'))
    g = asyncio.gather(c1, value(2, 'never2'))
    await asyncio.sleep(0.01)
    print('cancel returned', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled; child cancelled:', c1.cancelled())
    # a child cancelled: gather treats it as if it raised CancelledError
    c2 = asyncio.create_task(value(1, 'x'))
    g2 = asyncio.gather(c2, value(0.02, 'y'), return_exceptions=True)
    await asyncio.sleep(0.01)
    c2.cancel()
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in await g2])
    # the same coroutine object / future passed twice
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(7)
    print(await asyncio.gather(fut, fut, value(0, 8)))

asyncio.run(main2())


# Shielding From Cancellation
async def something():
    print('something: start')
    await asyncio.sleep(0.05)
    print('something: finished anyway')
    return 'something result'


async def main3():
    inner = asyncio.create_task(something())

    async def outer():
        return await asyncio.shield(inner)

    outer_task = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    outer_task.cancel()
    try:
        await outer_task
    except asyncio.CancelledError:
        print('outer cancelled; inner cancelled?', inner.cancelled())
    print(await inner)

    # "completely ignore cancellation" pattern from the docs
    task = asyncio.create_task(something())
    try:
        res = await asyncio.shield(task)
        print('shield returned', res)
    except asyncio.CancelledError:
        res = None
    print(await asyncio.shield(value(0, 'plain coroutine shielded')))

asyncio.run(main3())
