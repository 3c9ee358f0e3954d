import asyncio


async def helper():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def boom():
    print("boom starts")
    await helper()


async def fine():
    return "fine"


with asyncio.Runner() as runner:
    print(runner.run(fine()))
    runner.run(boom())
print("not reached")
