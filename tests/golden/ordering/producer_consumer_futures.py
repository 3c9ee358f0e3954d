import asyncio

async def producer(slots):
    for i, fut in enumerate(slots):
        print("produce", i)
        fut.set_result(i * i)
        await asyncio.sleep(0)

async def consumer(slots):
    total = 0
    for fut in slots:
        v = await fut
        print("consume", v)
        total += v
    return total

async def main():
    loop = asyncio.get_running_loop()
    slots = [loop.create_future() for _ in range(4)]
    c = asyncio.create_task(consumer(slots))
    p = asyncio.create_task(producer(slots))
    await p
    print("total", await c)

asyncio.run(main())
