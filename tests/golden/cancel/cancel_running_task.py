import asyncio

async def worker():
    print("worker start")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker got CancelledError")
        raise
    finally:
        print("worker finally")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print("cancel returned", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(t.cancelled(), t.done())
    print("cancel again", t.cancel())

asyncio.run(main())
