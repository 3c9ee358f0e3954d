# An __await__ that is a generator is driven as the task drives it: a bare yield is one turn
# of the loop, any other value is thrown back in as RuntimeError, the return value is the
# await's.
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            print("tick", i)
            yield
        return self.n * 10


class Bad:
    def __await__(self):
        try:
            yield 42
        except RuntimeError as e:
            print("caught:", e)
        return "recovered"


class Fails:
    def __await__(self):
        yield
        raise ValueError("inside __await__")


async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    print("result", await Ticker(3))
    print(await Bad())
    await t
    try:
        await Fails()
    except ValueError as e:
        print("error:", e)
    await Fails()

asyncio.run(main())
