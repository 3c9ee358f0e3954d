import asyncio

async def fetch(i):
    await asyncio.sleep(0.04 * (3 - i))
    print("fetched", i)
    return i * i

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i)) for i in range(3)]
        print("tasks created")
    print([t.result() for t in tasks])

asyncio.run(main())
