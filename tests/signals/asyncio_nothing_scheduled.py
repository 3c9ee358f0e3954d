# Ctrl-C while the loop has nothing to do (no timer, no ready callback): the wait ends.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    print("ready", flush=True)
    try:
        await fut
    finally:
        print("main finally", fut.cancelled())


asyncio.run(main())
