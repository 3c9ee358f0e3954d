# Condition.wait_for with a predicate: returns the predicate's value, re-checks after each
# wakeup, returns at once when already true, and how many times the predicate ran.
import asyncio


async def consumer(cond, box, name, want, calls):
    async with cond:
        def pred():
            calls[name] = calls.get(name, 0) + 1
            return box.get("value") if box.get("value", 0) >= want else None
        print(f"{name}: waiting for >= {want}")
        got = await cond.wait_for(pred)
        print(f"{name}: got {got!r} (locked={cond.locked()})")
        return got


async def main():
    cond = asyncio.Condition()
    box = {}
    calls = {}
    tasks = [asyncio.create_task(consumer(cond, box, n, w, calls))
             for n, w in (("a", 1), ("b", 3), ("c", 5))]
    await asyncio.sleep(0)
    for v in range(1, 6):
        async with cond:
            box["value"] = v
            print(f"producer: value={v}, notify_all")
            cond.notify_all()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    results = await asyncio.gather(*tasks)
    print("results:", results)
    print("predicate calls:", sorted(calls.items()))
    async with cond:
        r = await cond.wait_for(lambda: "already")
        print("immediate:", r)
        r = await cond.wait_for(lambda: [1, 2])
        print("immediate list:", r)


asyncio.run(main())
