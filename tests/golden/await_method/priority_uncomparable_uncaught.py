# A TypeError raised inside PriorityQueue.put (a dict cannot be compared with the int already
# queued) propagates uncaught from `await q.put(...)` in a worker task, through the awaiting
# main task and out of asyncio.run: CPython prints the traceback (with asyncio's queues.py
# frames) on stderr and exits with 1.
import asyncio


async def worker(q, items):
    for item in items:
        print("worker: put", item)
        await q.put(item)
        print("worker: qsize", q.qsize())


async def main():
    q = asyncio.PriorityQueue(maxsize=5)
    t = asyncio.create_task(worker(q, [3, 1, {"bad": True}, 2]))
    await asyncio.sleep(0)
    print("main: worker done?", t.done())
    try:
        await t
    finally:
        print("main: finally, qsize", q.qsize())


asyncio.run(main())
