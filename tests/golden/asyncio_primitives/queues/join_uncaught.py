# A consumer calls task_done once too often while main waits in join(): the ValueError
# escapes the consumer task; main awaits it and the program ends with the traceback.
import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        print("processing", item)
        q.task_done()
        if item == "b":
            print("extra task_done")
            q.task_done()


async def main():
    q = asyncio.LifoQueue()
    for x in "abc":
        q.put_nowait(x)
    print(str(q))
    t = asyncio.create_task(consumer(q))
    await q.join()
    print("joined:", str(q))
    await t


asyncio.run(main())
