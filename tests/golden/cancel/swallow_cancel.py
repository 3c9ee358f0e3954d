import asyncio

async def resilient():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed cancel", i)
    return "survived"

async def main():
    t = asyncio.create_task(resilient())
    for _ in range(3):
        await asyncio.sleep(0.005)
        t.cancel()
    print(await t)
    print(t.cancelled())

asyncio.run(main())
