# wait_for(aw, None) awaits aw directly: an exception out of it passes through tasks.py's
# `return await fut` line (found by the differential fuzzer, seed 601).
import asyncio


async def main():
    ev = asyncio.Event()
    waiter = asyncio.create_task(ev.wait())
    asyncio.get_running_loop().call_soon(waiter.cancel, 'stop')
    print('main', await asyncio.wait_for(waiter, None))


asyncio.run(main())
