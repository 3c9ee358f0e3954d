import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result("done"))
    result = await fut
    print(result)

asyncio.run(main())
# output: done
