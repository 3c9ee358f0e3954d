# A bounded buffer built on one Condition shared by producers and consumers (wait_for on
# both sides); prints the exact interleaving.
import asyncio


async def producer(cond, buf, name, items, cap):
    for item in items:
        async with cond:
            await cond.wait_for(lambda: len(buf) < cap)
            buf.append(f"{name}{item}")
            print(f"put {name}{item} -> {buf}")
            cond.notify_all()
        await asyncio.sleep(0)


async def consumer(cond, buf, name, count, out):
    for _ in range(count):
        async with cond:
            await cond.wait_for(lambda: buf)
            item = buf.pop(0)
            print(f"{name} took {item} -> {buf}")
            out.append((name, item))
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    buf, out = [], []
    await asyncio.gather(
        producer(cond, buf, "p", range(4), 2),
        producer(cond, buf, "q", range(3), 2),
        consumer(cond, buf, "c1", 3, out),
        consumer(cond, buf, "c2", 4, out),
    )
    print("consumed:", out)
    print("left:", buf, cond.locked())


asyncio.run(main())
