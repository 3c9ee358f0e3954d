# The main task's cleanup awaits after Ctrl-C: the loop keeps running it to the end.
import asyncio


async def main():
    print("ready", flush=True)
    try:
        await asyncio.sleep(20)
    except asyncio.CancelledError:
        print("cleanup")
        await asyncio.sleep(0.05)
        print("cleanup done")
        raise


asyncio.run(main())
print("not reached")
