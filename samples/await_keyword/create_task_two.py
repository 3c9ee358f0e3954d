import asyncio

async def task_a():
    await asyncio.sleep(1)
    return "A done"

async def task_b():
    await asyncio.sleep(0.5)
    return "B done"

async def main():
    t1 = asyncio.create_task(task_a())
    t2 = asyncio.create_task(task_b())
    r1 = await t1
    r2 = await t2
    print(r1, r2)

asyncio.run(main())
# output: A done B done
