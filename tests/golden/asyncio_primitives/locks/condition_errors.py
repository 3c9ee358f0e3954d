# Condition errors: notify/notify_all/wait/wait_for without holding the lock, releasing an
# unlocked condition, wait_for whose predicate is already true (no lock check), and a
# Condition built on an existing Lock (shared locked state).
import asyncio


async def main():
    cond = asyncio.Condition()
    for label, call in (("notify", lambda: cond.notify()),
                        ("notify_all", lambda: cond.notify_all()),
                        ("release", lambda: cond.release())):
        try:
            call()
        except RuntimeError as e:
            print(f"{label}: {type(e).__name__}: {e}")
    for label, make in (("wait", lambda: cond.wait()),
                        ("wait_for false", lambda: cond.wait_for(lambda: 0)),
                        ("wait_for true", lambda: cond.wait_for(lambda: "yes"))):
        try:
            print(f"{label}: returned {await make()!r}")
        except RuntimeError as e:
            print(f"{label}: {type(e).__name__}: {e}")
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock=lock)
    print("shared locked:", shared.locked(), lock.locked())
    await lock.acquire()
    print("after lock.acquire:", shared.locked(), lock.locked())
    shared.notify()
    print("notify ok while lock held via lock")
    shared.release()
    print("after shared.release:", shared.locked(), lock.locked())
    async with shared:
        print("inside shared:", lock.locked(), repr(lock).split(' [')[1])
    print("after:", lock.locked(), repr(lock).split(' [')[1])
    try:
        asyncio.Condition(lock=asyncio.Semaphore())
        print("semaphore accepted")
    except Exception as e:
        print("semaphore:", type(e).__name__, e)
    r = await cond.acquire()
    print("acquire returns", r)
    cond.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("lock.release:", e)


asyncio.run(main())
