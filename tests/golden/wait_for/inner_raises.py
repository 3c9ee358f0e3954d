import asyncio

async def failing():
    await asyncio.sleep(0.01)
    raise RuntimeError("inner failure")

async def main():
    try:
        await asyncio.wait_for(failing(), 1)
    except RuntimeError as e:
        print("propagated:", e)

asyncio.run(main())
