import asyncio
async def agen(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("fin", n)
async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(other())
    async for x in agen(3):
        print(x)
    else:
        print("else")
    print([x async for x in agen(2)])
    g = agen(5)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    print(g.ag_running, type(g).__name__, g.__name__, g.__qualname__)
    async for x in agen(4):
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
    await t
asyncio.run(main())
