# An item that cannot be compared with the others is put into a PriorityQueue: put_nowait
# raises TypeError (the item stays in the queue list); then an uncaught one ends the program.
import asyncio


class Job:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Job({self.name!r})"


async def main():
    q = asyncio.PriorityQueue()
    q.put_nowait((1, Job("a")))
    try:
        q.put_nowait((1, Job("b")))
    except TypeError as e:
        print("equal priority:", type(e).__name__, e)
    print("qsize after failed put:", q.qsize(), str(q))
    q2 = asyncio.PriorityQueue()
    q2.put_nowait(3)
    try:
        q2.put_nowait("three")
    except TypeError as e:
        print("int vs str:", e)
    q3 = asyncio.PriorityQueue()
    q3.put_nowait(None)
    print("single None is fine:", str(q3), q3.get_nowait())
    q4 = asyncio.PriorityQueue()
    await q4.put({"k": 1})
    print("about to put a second dict")
    await q4.put({"k": 2})
    print("not reached")


asyncio.run(main())
