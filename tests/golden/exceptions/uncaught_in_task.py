import asyncio

async def inner(x):
    await asyncio.sleep(0)
    raise ValueError("bad " + str(x))

async def main():
    t = asyncio.create_task(inner(1))
    r = await t
    print(r)

asyncio.run(main())
