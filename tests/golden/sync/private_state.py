# The private state asyncio's primitives keep (locks.py, queues.py), read as scripts peek at it.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    print(q._maxsize, q._unfinished_tasks, q._finished.is_set())
    await q.put("a")
    q.put_nowait("b")
    print(q._unfinished_tasks, q._finished.is_set())
    await q.get()
    q.task_done()
    print(q._unfinished_tasks)
    ev = asyncio.Event()
    print(ev._value)
    ev.set()
    print(ev._value)
    lock = asyncio.Lock()
    async with lock:
        print(lock._locked)
    print(lock._locked)
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        print(sem._value, sem._bound_value)
    print(sem._value)


asyncio.run(main())
