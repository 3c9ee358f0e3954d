import asyncio

async def broken():
    await asyncio.sleep(0)
    raise ValueError("inside shield")

async def main():
    try:
        await asyncio.shield(broken())
    except ValueError as e:
        print("error passes through:", e)

asyncio.run(main())
