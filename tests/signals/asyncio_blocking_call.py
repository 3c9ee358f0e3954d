# Ctrl-C during a blocking time.sleep inside a coroutine: asyncio.Runner's handler cancels the
# main task, the sleep runs to its end (PEP 475), and the cancellation lands at the next await.
import asyncio
import time


async def main():
    print("ready", flush=True)
    time.sleep(1)
    print("after the blocking call")
    try:
        await asyncio.sleep(0)
    finally:
        print("main finally")


asyncio.run(main())
