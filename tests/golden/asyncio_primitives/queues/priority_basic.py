# asyncio.PriorityQueue: smallest first, tuples as (priority, seq, item), equal priorities
# broken by the next field, str (heap order), and get after put from a mix of values.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    print(type(q).__name__, isinstance(q, asyncio.Queue), str(q))
    for x in (5, 1, 4, 1, 9, 2, 6):
        q.put_nowait(x)
    print("str (heap):", str(q), "qsize:", q.qsize())
    print("order:", [q.get_nowait() for _ in range(q.qsize())])
    jobs = [(2, 0, "write"), (1, 1, "read"), (3, 2, "close"), (1, 3, "open"), (2, 4, "flush")]
    for job in jobs:
        await q.put(job)
    print("str:", str(q))
    while not q.empty():
        prio, seq, name = await q.get()
        print(f"  prio={prio} seq={seq} name={name}")
    for word in ("pear", "apple", "fig", "banana"):
        q.put_nowait((len(word), word))
    print("by length then name:", [q.get_nowait() for _ in range(4)])
    q.put_nowait((1.5, "float"))
    q.put_nowait((1, "int"))
    q.put_nowait((True, "bool"))
    print("mixed numbers:", [q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty, empty() =", q.empty())


asyncio.run(main())
