import asyncio


async def ticker(name, limit, cleanup_delay=0):
    try:
        for i in range(limit):
            print(f"{name} yields {i}")
            yield i
            await asyncio.sleep(0)
        print(f"{name} exhausted")
    finally:
        # shutdown_asyncgens closes the generators concurrently, in no fixed order:
        # a different cleanup delay for each keeps the output deterministic.
        await asyncio.sleep(cleanup_delay)
        print(f"{name} finally after {cleanup_delay}")


async def check_debug(tag):
    loop = asyncio.get_running_loop()
    print(tag, "debug:", loop.get_debug())
    loop.set_debug(False)
    print(tag, "after set_debug(False):", loop.get_debug())
    return loop.get_debug()


async def main():
    loop = asyncio.get_running_loop()
    print("debug in main:", loop.get_debug())

    gen_a = ticker("A", 5, 0.01)
    gen_b = ticker("B", 3, 0.05)
    gen_c = ticker("C", 2)
    print("A:", await gen_a.__anext__(), await gen_a.__anext__())
    print("B:", await anext(gen_b))
    async for v in gen_c:
        print("C got", v)
    print("C is done; A and B are suspended")

    print("calling shutdown_asyncgens")
    result = await loop.shutdown_asyncgens()
    print("shutdown_asyncgens returned", result)

    try:
        await gen_a.__anext__()
    except StopAsyncIteration:
        print("A: StopAsyncIteration after shutdown")

    late = ticker("late", 2)
    print("late:", await anext(late))
    await late.aclose()
    print("late closed explicitly")

    print("calling shutdown_default_executor")
    print("returned", await loop.shutdown_default_executor())
    print("main ends")
    return "ok"


print("run ->", asyncio.run(main()))
print("run(debug=False) ->", asyncio.run(check_debug("explicit"), debug=False))
print("run() again ->", asyncio.run(check_debug("default")))
