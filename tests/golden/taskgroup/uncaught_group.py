import asyncio

async def f(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(f(1))
        tg.create_task(f(2))

asyncio.run(main())
