# Uncaught: waiting on a condition that is not held raises RuntimeError out of asyncio.run,
# after a correct producer/consumer exchange.
import asyncio


async def consumer(cond, items):
    async with cond:
        while not items:
            await cond.wait()
        print("consumed", items.pop())


async def main():
    cond = asyncio.Condition()
    items = []
    t = asyncio.create_task(consumer(cond, items))
    await asyncio.sleep(0)
    async with cond:
        items.append("first")
        cond.notify()
    await t
    print("now waiting without the lock")
    await cond.wait()


asyncio.run(main())
