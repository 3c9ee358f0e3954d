# Two tasks exchange integers over two asyncio.Queue objects: A puts i on q1 and waits for
# the reply on q2; B takes from q1 and puts value + 1 on q2. 200,000 round trips.
# ops: 400000 messages
import asyncio

N = 200000


async def task_a(q1, q2):
    total = 0
    for i in range(N):
        await q1.put(i)
        total += await q2.get()
    await q1.put(None)
    return total


async def task_b(q1, q2):
    count = 0
    while True:
        value = await q1.get()
        if value is None:
            return count
        await q2.put(value + 1)
        count += 1


async def main():
    q1 = asyncio.Queue()
    q2 = asyncio.Queue()
    total, count = await asyncio.gather(task_a(q1, q2), task_b(q1, q2))
    print(total, count)


asyncio.run(main())
