import asyncio

def handler(loop, context):
    print("handler:", sorted(context), context["message"], repr(context.get("exception")))

async def fail():
    raise ValueError("lost")

def bad_callback():
    raise KeyError("cb")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    del t
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom", "extra": 5})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "custom default", "zeta": [1], "alpha": "a"})
    loop.default_exception_handler({"message": "", "exception": RuntimeError("x")})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(e)
    def broken(loop, ctx):
        raise RuntimeError("handler broke")
    loop.set_exception_handler(broken)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.set_exception_handler(None)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)

asyncio.run(main())
