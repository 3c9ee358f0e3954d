import asyncio

class Counter:
    """Counts things."""
    step = 1

    def __init__(self, name, start=0):
        self.name = name
        self.value = start

    def bump(self, by=None):
        self.value += by if by is not None else self.step
        return self.value

    def __repr__(self):
        return f"Counter({self.name!r}, {self.value})"

class LoudCounter(Counter):
    step = 10

    def __init__(self, name):
        super().__init__(name, start=100)
        self.log = []

    def bump(self, by=None):
        v = super().bump(by)
        self.log.append(v)
        return v

class Worker:
    def __init__(self, wid, queue):
        self.wid = wid
        self.queue = queue
        self.done = 0

    async def run(self):
        while True:
            item = await self.queue.get()
            if item is None:
                self.queue.task_done()
                return self.done
            await asyncio.sleep(0.001)
            self.done += 1
            print(f"worker {self.wid} handled {item}")
            self.queue.task_done()

    def __str__(self):
        return f"<worker {self.wid}: {self.done} done>"

async def main():
    c = Counter("a")
    c.bump(); c.bump(5)
    print(c, c.value, Counter.step, isinstance(c, Counter), type(c).__name__)
    lc = LoudCounter("b")
    lc.bump(); lc.bump(1)
    print(lc, lc.log, isinstance(lc, Counter), repr(lc))
    q = asyncio.Queue()
    workers = [Worker(i, q) for i in range(2)]
    tasks = [asyncio.create_task(w.run()) for w in workers]
    for i in range(5):
        q.put_nowait(i)
    for _ in workers:
        q.put_nowait(None)
    print(await asyncio.gather(*tasks))
    print([str(w) for w in workers])
    try:
        c.missing
    except AttributeError as e:
        print(e)

asyncio.run(main())
