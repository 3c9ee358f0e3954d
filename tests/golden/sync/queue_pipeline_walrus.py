import asyncio
from asyncio import Queue

async def stage1(out_q: Queue):
    for word in "the quick brown fox".split():
        await out_q.put(word)
    await out_q.put(None)

async def stage2(in_q: Queue, out_q: Queue):
    while (item := await in_q.get()) is not None:
        await out_q.put(item.upper())
    await out_q.put(None)

async def stage3(in_q: Queue):
    result = []
    while True:
        item = await in_q.get()
        if item is None:
            break
        result.append(item)
    return " ".join(result)

async def main():
    q1, q2 = Queue(), Queue(maxsize=1)
    _, _, text = await asyncio.gather(stage1(q1), stage2(q1, q2), stage3(q2))
    print(text)

asyncio.run(main())
