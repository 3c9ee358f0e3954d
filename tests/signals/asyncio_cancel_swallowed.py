# The main task swallows the CancelledError of Ctrl-C and returns: asyncio.run returns its
# result, no KeyboardInterrupt.
import asyncio


async def main():
    print("ready", flush=True)
    try:
        await asyncio.sleep(20)
    except asyncio.CancelledError:
        print("swallowed")
    await asyncio.sleep(0)
    return 5


print(asyncio.run(main()))
