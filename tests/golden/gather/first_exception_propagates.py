import asyncio

async def ok(x):
    await asyncio.sleep(0.08)
    print("ok finished", x)
    return x

async def bad():
    await asyncio.sleep(0.04)
    raise KeyError("missing")

async def main():
    try:
        await asyncio.gather(ok(1), bad(), ok(2))
    except KeyError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.12)
    print("siblings kept running")

asyncio.run(main())
