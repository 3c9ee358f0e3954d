# asyncio "Coroutines and Tasks": Task Cancellation, Introspection, Task Object
import asyncio


async def cancel_me():
    print('cancel_me(): before sleep')

    try:
        # Wait for 1 hour
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print('cancel_me(): cancel sleep')
        raise
    finally:
        print('cancel_me(): after sleep')


async def main():
    # Create a "cancel_me" Task
    task = asyncio.create_task(cancel_me())

    # Wait for 1 second
    await asyncio.sleep(0.01)

    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main(): cancel_me is cancelled now")
    print(task.cancelled(), task.done())
    try:
        task.result()
    except asyncio.CancelledError as e:
        print('result() raised CancelledError', e.args)

asyncio.run(main())


async def named(n):
    await asyncio.sleep(0)
    return n * 2


def callback(fut):
    print('done callback:', fut.get_name(), fut.result())


async def main2():
    me = asyncio.current_task()
    print('current task name:', me.get_name() == 'Task-' + me.get_name().split('-')[1], me.get_coro().__name__)
    t = asyncio.create_task(named(5), name='worker-5')
    print(t.get_name(), t.done())
    t.set_name('renamed')
    t.add_done_callback(callback)
    print(await t, t.done(), t.exception())
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    t2 = asyncio.create_task(named(1), name='t2')
    t2.add_done_callback(callback)
    print(t2.remove_done_callback(callback), t2.remove_done_callback(callback))
    await t2
    # cancel with a message
    t3 = asyncio.create_task(asyncio.sleep(10), name='t3')
    await asyncio.sleep(0)
    print(t3.cancel(msg='stop it'), t3.cancelling())
    try:
        await t3
    except asyncio.CancelledError as e:
        print('cancelled with', e.args)
    print(t3.cancel(), t3.cancelled())
    # exception() on a pending task
    t4 = asyncio.create_task(named(2))
    try:
        t4.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    await t4
    # Task.uncancel
    async def resilient():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            print('cancelling count', task.cancelling())
            print('uncancel ->', task.uncancel())
        return 'survived'
    t5 = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    t5.cancel()
    print(await t5, t5.cancelled())
    # a task raising an exception
    async def bad():
        raise LookupError('nope')
    t6 = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(t6.done(), repr(t6.exception()))
    try:
        t6.result()
    except LookupError as e:
        print('result() re-raises', repr(e))

asyncio.run(main2())


# Futures: set_exception, cancel, callbacks order
async def main3():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('cb1', f.result()))
    fut.add_done_callback(lambda f: print('cb2'))
    loop.call_soon(fut.set_result, 'value')
    print(await fut)
    f2 = loop.create_future()
    f2.set_exception(ValueError('err'))
    try:
        await f2
    except ValueError as e:
        print('awaited exception', repr(e))
    f3 = loop.create_future()
    print(f3.cancel(), f3.cancelled(), f3.cancel())
    try:
        f3.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f4 = loop.create_future()
    try:
        f4.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    handle = loop.call_later(0.01, print, 'call_later fired')
    loop.call_soon(print, 'call_soon fired')
    await asyncio.sleep(0.03)

asyncio.run(main3())
