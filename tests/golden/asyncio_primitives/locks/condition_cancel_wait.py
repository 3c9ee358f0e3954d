# A task cancelled while waiting in cond.wait(): the CancelledError surfaces only after the
# lock is re-acquired, so its handler runs with the lock held; others see the lock busy.
import asyncio


async def victim(cond, log):
    async with cond:
        log.append("victim waiting")
        try:
            await cond.wait()
        except asyncio.CancelledError:
            log.append(f"victim cancelled, locked={cond.locked()}")
            raise
        finally:
            log.append("victim finally")
    log.append("not reached")


async def holder(cond, log):
    async with cond:
        log.append("holder has lock")
        cond.notify_all()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append("holder releasing")


async def main():
    cond = asyncio.Condition()
    log = []
    v = asyncio.create_task(victim(cond, log))
    await asyncio.sleep(0)
    h = asyncio.create_task(holder(cond, log))
    await asyncio.sleep(0)
    v.cancel()
    print("cancel requested:", repr(cond).split(' [')[1])
    try:
        await v
    except asyncio.CancelledError:
        print("victim result: CancelledError")
    await h
    for line in log:
        print(" ", line)
    print("done:", v.cancelled(), cond.locked(), repr(cond).split(' [')[1])
    # Cancelled while the lock is free: the waiter re-acquires at once.
    v2 = asyncio.create_task(victim(cond, log))
    await asyncio.sleep(0)
    log.clear()
    v2.cancel()
    await asyncio.gather(v2, return_exceptions=True)
    for line in log:
        print(" ", line)
    print("v2:", v2.cancelled(), cond.locked())


asyncio.run(main())
