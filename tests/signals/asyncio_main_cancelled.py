# Ctrl-C under asyncio.run: the main task is cancelled first (its except and finally blocks
# run), then asyncio.run raises KeyboardInterrupt in the handler of the CancelledError; the other
# tasks are cancelled by the shutdown.
import asyncio


async def worker():
    try:
        await asyncio.sleep(20)
    finally:
        print("worker finally")


async def main():
    asyncio.create_task(worker())
    print("ready", flush=True)
    try:
        await asyncio.sleep(20)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally")


print("start")
asyncio.run(main())
