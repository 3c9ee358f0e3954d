import asyncio

async def once():
    print("runs once")
    return 5

async def main():
    print(await asyncio.gather())
    c = once()
    print(await asyncio.gather(c, c))
    t = asyncio.create_task(once())
    print(await asyncio.gather(t, t, t))

asyncio.run(main())
