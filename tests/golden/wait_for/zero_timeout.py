import asyncio

async def work():
    await asyncio.sleep(0.01)
    return 1

async def main():
    try:
        await asyncio.wait_for(work(), 0)
    except asyncio.TimeoutError:
        print("timed out immediately")
    t = asyncio.create_task(work())
    await asyncio.sleep(0.06)
    print(await asyncio.wait_for(t, 0))

asyncio.run(main())
