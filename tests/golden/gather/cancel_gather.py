import asyncio

async def sleeper(i):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled", i)
        raise

async def main():
    g = asyncio.gather(sleeper(1), sleeper(2))
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(g.cancelled())

asyncio.run(main())
