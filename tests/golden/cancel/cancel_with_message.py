import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("message:", e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer saw", e.args)

asyncio.run(main())
