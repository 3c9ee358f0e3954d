# 1,000,000 awaited coroutine calls and some integer work.
# ops: 1000000 awaits
import asyncio

async def add(a, b):
    return a + b

async def main():
    total = 0
    for i in range(1000000):
        total = await add(total, i)
    print(total)

asyncio.run(main())
