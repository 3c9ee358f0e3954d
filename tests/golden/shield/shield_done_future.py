import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(3)
    s = asyncio.shield(f)
    print(s is f, await s)
    g = loop.create_future()
    sg = asyncio.shield(g)
    loop.call_later(0.01, g.set_result, "late")
    print(await sg)

asyncio.run(main())
