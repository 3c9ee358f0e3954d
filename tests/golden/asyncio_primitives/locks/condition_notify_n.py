# asyncio.Condition: several waiters woken by notify(1), notify(2) and notify_all, in FIFO
# order; locked() before, inside and after `async with`, and the repr tail (no address).
import asyncio


def tail(obj):
    return repr(obj).split(' [')[1]


async def waiter(cond, name, log):
    async with cond:
        log.append(f"{name} waiting")
        result = await cond.wait()
        log.append(f"{name} woke result={result} locked={cond.locked()}")
    log.append(f"{name} released")


async def main():
    cond = asyncio.Condition()
    log = []
    print("fresh:", tail(cond), cond.locked())
    tasks = [asyncio.create_task(waiter(cond, f"w{i}", log)) for i in range(5)]
    await asyncio.sleep(0)
    print("after start:", tail(cond))
    for line in log:
        print(" ", line)
    log.clear()
    for n in (1, 2):
        async with cond:
            print(f"notify({n}) locked={cond.locked()}")
            cond.notify(n)
            print("  inside after notify:", tail(cond))
        for _ in range(3):
            await asyncio.sleep(0)
        for line in log:
            print(" ", line)
        log.clear()
    async with cond:
        cond.notify(0)
        print("notify(0):", tail(cond))
        cond.notify_all()
        print("notify_all:", tail(cond))
    await asyncio.gather(*tasks)
    for line in log:
        print(" ", line)
    print("end:", tail(cond), cond.locked())
    async with cond:
        cond.notify(10)
        cond.notify_all()
        print("notify with no waiters is fine")


asyncio.run(main())
