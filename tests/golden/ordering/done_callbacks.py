import asyncio

async def job(x):
    await asyncio.sleep(0.01)
    return x * 2

def report(task):
    print("done callback:", task.get_name(), task.result())

async def main():
    t = asyncio.create_task(job(21), name="doubler")
    t.add_done_callback(report)
    t.add_done_callback(lambda t: print("second callback", t.done()))
    print(await t)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
