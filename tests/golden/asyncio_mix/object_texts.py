# Coroutine names, Queue str(), InvalidStateError texts and task numbering as in CPython.
import asyncio
async def work(): pass
async def main():
    c = work()
    print(c.__name__, c.__qualname__)
    c.close()
    q = asyncio.Queue()
    print(str(q), repr(q)[:10])
    await q.put(1)
    print(str(q))
    f = asyncio.get_running_loop().create_future()
    f.cancel()
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print(e)
    g = asyncio.get_running_loop().create_future()
    g.set_result(2)
    try:
        g.set_result(1)
    except asyncio.InvalidStateError as e:
        print(e)
    try:
        g.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print(e)
asyncio.run(main())

async def named():
    t1 = asyncio.create_task(asyncio.sleep(0), name="w")
    t2 = asyncio.create_task(asyncio.sleep(0))
    print(asyncio.current_task().get_name(), t1.get_name(), t2.get_name())
    await asyncio.gather(t1, t2)
asyncio.run(named())
