# 100,000 wait_for calls that complete before their timeout.
# ops: 100000 calls
import asyncio

async def quick(i):
    await asyncio.sleep(0)
    return i

async def main():
    total = 0
    for i in range(100000):
        total += await asyncio.wait_for(quick(i), timeout=10)
    print(total)

asyncio.run(main())
