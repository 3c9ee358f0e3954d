import asyncio

async def fails():
    raise ZeroDivisionError("oops")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    print("end of main")

asyncio.run(main())
