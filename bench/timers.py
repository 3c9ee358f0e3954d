# 100,000 tasks each sleep for 0-9 ms (i % 10), then return a value; all gathered.
# Exercises the timer heap and wakeup of many sleeping tasks.
# ops: 100000 tasks
import asyncio

N = 100000


async def sleeper(i):
    await asyncio.sleep((i % 10) / 1000)
    return (i * 7 + 3) % 1000


async def main():
    results = await asyncio.gather(*[sleeper(i) for i in range(N)])
    checksum = 0
    for k, r in enumerate(results):
        checksum = (checksum * 31 + r + k) % 1000000007
    print(len(results), sum(results), checksum)


asyncio.run(main())
