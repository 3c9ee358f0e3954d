import asyncio

async def worker(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    return name

async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    t3 = asyncio.create_task(worker("c", 4))
    print("created")
    print(await t1, await t2, await t3)

asyncio.run(main())
