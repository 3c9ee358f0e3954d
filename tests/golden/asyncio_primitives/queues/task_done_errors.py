# task_done called too many times: ValueError and its message, for Queue, LifoQueue and
# PriorityQueue; the unfinished count is not changed by the failure.
import asyncio


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls()
        try:
            q.task_done()
        except ValueError as e:
            print(f"{cls.__name__}: {type(e).__name__}: {e}")
        q.put_nowait(1)
        q.put_nowait(2)
        q.get_nowait()
        q.task_done()
        q.task_done()
        print("  after two task_done:", str(q))
        try:
            q.task_done()
        except ValueError as e:
            print("  third:", e, "->", str(q))
        q.get_nowait()
        print("  drained:", str(q), q.empty())
        await q.join()
        print("  join ok")


asyncio.run(main())
