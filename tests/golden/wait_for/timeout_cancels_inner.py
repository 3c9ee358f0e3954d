import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
    finally:
        print("inner finally")

async def main():
    try:
        await asyncio.wait_for(slow(), 0.02)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    print("main continues")

asyncio.run(main())
