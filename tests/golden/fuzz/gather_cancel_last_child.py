# A cancelled gather(..., return_exceptions=True) raises the CancelledError of its last child
# (tasks.py reads `fut` after its loop over the children), whichever child finished last
# (found by the differential fuzzer, seeds 349 and 528).
import asyncio


async def main():
    ev = asyncio.Event()
    g = asyncio.gather(ev.wait(), asyncio.sleep(0), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    await g


asyncio.run(main())
