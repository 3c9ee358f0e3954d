# Task and Future reprs as asyncio's: where the coroutine is (running at file:line, done, defined
# at), wait_for=, cancelling, callbacks (native ones named as CPython's, Python ones with their
# def line), results limited by reprlib.
import asyncio


async def work(delay, result=None):
    await asyncio.sleep(delay)
    return result if result is not None else delay


def on_done(fut):
    pass


async def main():
    me = asyncio.current_task()
    print(me)
    t1 = asyncio.create_task(work(0.01), name='one')
    print(t1)
    await asyncio.sleep(0)
    print(t1)
    t1.add_done_callback(on_done)
    print(t1)
    t2 = asyncio.create_task(work(0.05, list(range(20))))
    t3 = asyncio.create_task(work(0.06, "x" * 50))
    t4 = asyncio.create_task(work(0.07, {i: str(i) * 3 for i in range(6)}))
    g = asyncio.gather(t2, t3)
    await asyncio.sleep(0)
    print(t2)
    print(g)
    await g
    await t4
    print(t2)
    print(t3)
    print(t4)
    t5 = asyncio.create_task(work(1))
    await asyncio.sleep(0)
    t5.cancel()
    print(t5)
    try:
        await t5
    except asyncio.CancelledError:
        pass
    print(t5)
    t6 = asyncio.create_task(work(0.02, 2 ** 200))
    w = asyncio.create_task(asyncio.wait_for(t6, 1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t6)
    await w
    print(t6)
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    fut.add_done_callback(on_done)
    fut.add_done_callback(print)
    fut.add_done_callback(lambda f: None)
    print(fut)
    fut.set_result((1, 2, 3, 4, 5, 6, 7, 8))
    print(fut)
    t7 = asyncio.create_task(work(0.01))
    s = asyncio.shield(t7)
    print(t7)
    await s
    async with asyncio.TaskGroup() as tg:
        t8 = tg.create_task(work(0.01, "tg"))
        print(t8)
    print(t8)

asyncio.run(main())
