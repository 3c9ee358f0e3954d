import asyncio

async def child():
    print("child runs")
    return 7

async def main():
    t = asyncio.create_task(child())
    print("task created, not started:", t.done())
    await asyncio.sleep(0)
    print("after one iteration:", t.done())
    print("result", t.result())

asyncio.run(main())
