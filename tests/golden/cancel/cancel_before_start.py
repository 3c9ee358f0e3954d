import asyncio

async def never():
    print("this never prints")

async def main():
    t = asyncio.create_task(never())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before it ran")

asyncio.run(main())
