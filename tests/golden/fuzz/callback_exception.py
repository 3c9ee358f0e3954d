# An exception in a loop callback: "Exception in callback NAME(ARGS) at FILE:LINE" and the
# events.py frame of Handle._run in the traceback, as CPython logs it.
import asyncio


def boom(x):
    print('boom', x)
    return 1 // x


async def main():
    asyncio.get_running_loop().call_soon(boom, 0)
    await asyncio.sleep(0)
    print('after')


asyncio.run(main())
