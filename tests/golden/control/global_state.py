import asyncio

counter = 0

async def incr(times):
    global counter
    for _ in range(times):
        value = counter
        await asyncio.sleep(0)
        counter = value + 1

async def main():
    await asyncio.gather(incr(3), incr(3))
    print("lost updates give", counter)

asyncio.run(main())
