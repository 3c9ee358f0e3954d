# asyncio "Coroutines and Tasks": Introspection (current_task, all_tasks), Task.get_name(), task and
# queue printing as seen while debugging the documented examples
import asyncio


async def work(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    print(asyncio.current_task())
    t_named = asyncio.create_task(work(0.01), name='worker')
    t_auto = asyncio.create_task(work(0.02))
    print(t_named.get_name(), t_auto.get_name())
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(t_named)
    await asyncio.sleep(0)
    print(t_named)
    t_auto.cancel()
    print(t_auto)
    await asyncio.gather(t_named, t_auto, return_exceptions=True)
    print(t_named)
    print(t_auto)
    q = asyncio.Queue(maxsize=3)
    q.put_nowait('job')
    print(q)
    print(asyncio.Queue())


asyncio.run(main())
