# Tests a queue of user objects compared with == and ordered with __lt__ across tasks.
import asyncio


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __eq__(self, o):
        return isinstance(o, Job) and self.name == o.name
    def __hash__(self):
        return hash(self.name)
    def __lt__(self, o):
        return self.prio < o.prio
    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"


async def producer(q, jobs):
    for j in jobs:
        await q.put(j)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, out):
    while True:
        j = await q.get()
        if j is None:
            break
        print("got", j, j == Job(0, "b"))
        out.append(j)


async def main():
    q = asyncio.Queue()
    jobs = [Job(3, "a"), Job(1, "b"), Job(2, "c")]
    out = []
    await asyncio.gather(producer(q, jobs), consumer(q, out))
    print(out == jobs, out.index(Job(99, "c")), Job(0, "a") in out, sorted(out))
    print(len(set(out + [Job(5, "a")])), min(out), max(out))
    q2 = asyncio.Queue(maxsize=2)
    q2.put_nowait(Job(1, "x"))
    q2.put_nowait(Job(2, "y"))
    try:
        q2.put_nowait(Job(3, "z"))
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(e))
    first = q2.get_nowait()
    print(first, first == Job(7, "x"), first != Job(1, "y"), q2.qsize())


asyncio.run(main())
