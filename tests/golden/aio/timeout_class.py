import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Timeout(loop.time() + 0.01)
    print(type(t) is asyncio.Timeout, repr(t).split(" when=")[0], t.expired())
    try:
        async with t:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", t.expired(), repr(t))
    async with asyncio.Timeout(None) as t2:
        print(t2.when())
    try:
        asyncio.Timeout()
    except TypeError as e:
        print(e)
asyncio.run(main())
