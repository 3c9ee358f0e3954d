import asyncio

async def slow():
    try:
        yield 1
        await asyncio.sleep(10)
        yield 2
    except asyncio.CancelledError:
        print("agen cancelled")
        raise
    finally:
        print("slow finally")

async def consumer():
    async for x in slow():
        print("consumer got", x)

async def deep(n):
    if n == 0:
        raise KeyError("deep")
    yield n
    async for x in deep(n - 1):
        yield x

async def cleanup_awaits():
    try:
        yield "a"
        yield "b"
    finally:
        await asyncio.sleep(0)
        print("cleanup done after await")

async def leftover(tag):
    try:
        yield tag
        yield tag
    finally:
        print("leftover closed", tag)

async def main():
    t = asyncio.create_task(consumer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")
    try:
        async for x in deep(2):
            print("deep", x)
    except KeyError as e:
        print("KeyError", e)
    g = cleanup_awaits()
    print(await anext_(g))
    await g.aclose()
    print("closed")
    async for x in cleanup_awaits():
        break
    print("broke")
    await asyncio.sleep(0)
    print("slept once")
    await asyncio.sleep(0)
    print("slept twice")
    global keep
    keep = leftover("global")
    await keep.__anext__()
    local = leftover("local")
    await local.__anext__()
    print("main done")

async def anext_(g):
    return await g.__anext__()

asyncio.run(main())
print("after run")
