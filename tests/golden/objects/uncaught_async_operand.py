# Tests an uncaught TypeError from a bad operand on a user object inside a task run by asyncio.run.
import asyncio


class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        self.n += k
        return self
    def __repr__(self):
        return f"Counter({self.n})"


async def bump(c, k):
    await asyncio.sleep(0)
    c += k
    print("bumped", c)
    return c


async def main():
    c = Counter()
    await bump(c, 2)
    t = asyncio.create_task(bump(c, "three"))
    await asyncio.sleep(0.01)
    print("task done", t.done())
    await t


asyncio.run(main())
