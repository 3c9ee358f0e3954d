# asyncio "Synchronization Primitives": Lock, Event, Semaphore, BoundedSemaphore
import asyncio


# Lock
async def locked_section(lock, name, delay):
    async with lock:
        print(name, 'acquired; locked =', lock.locked())
        await asyncio.sleep(delay)
        print(name, 'releasing')


async def main():
    lock = asyncio.Lock()

    # ... later
    async with lock:
        # access shared state
        print('in async with:', lock.locked())

    # which is equivalent to:
    await lock.acquire()
    try:
        print('acquired manually:', lock.locked())
    finally:
        lock.release()
    print('after release:', lock.locked(), repr(lock).endswith('[unlocked]>'))
    await asyncio.gather(locked_section(lock, 'A', 0.02), locked_section(lock, 'B', 0.01),
                         locked_section(lock, 'C', 0))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())


# Event
async def waiter(event):
    print('waiting for it ...')
    await event.wait()
    print('... got it!')


async def main2():
    # Create an Event object.
    event = asyncio.Event()

    # Spawn a Task to wait until 'event' is set.
    waiter_task = asyncio.create_task(waiter(event))

    # Sleep for 1 second and set the event.
    await asyncio.sleep(0.01)
    event.set()

    # Wait until the waiter task is finished.
    await waiter_task
    print(event.is_set(), await event.wait())
    event.clear()
    print(event.is_set())
    waiters = [asyncio.create_task(waiter(event)) for _ in range(3)]
    await asyncio.sleep(0)
    event.set()
    await asyncio.gather(*waiters)

asyncio.run(main2())


# Semaphore
async def limited(sem, name, delay):
    async with sem:
        print(name, 'in; locked =', sem.locked())
        await asyncio.sleep(delay)
    print(name, 'out')


async def main3():
    sem = asyncio.Semaphore(2)

    # ... later
    async with sem:
        # work with shared resource
        print('first use, locked =', sem.locked())

    # which is equivalent to:
    await sem.acquire()
    try:
        print('manual acquire, locked =', sem.locked())
    finally:
        sem.release()
    await asyncio.gather(limited(sem, 'w1', 0.12), limited(sem, 'w2', 0.04), limited(sem, 'w3', 0.2),
                         limited(sem, 'w4', 0.08))
    sem.release()   # a plain Semaphore may be released more often than acquired
    print('released extra, locked =', sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main3())


# BoundedSemaphore
async def main4():
    bsem = asyncio.BoundedSemaphore(1)
    async with bsem:
        print('bounded acquired, locked =', bsem.locked())
    try:
        bsem.release()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main4())


# Condition: the doc's example is refused by aiocc ('asyncio.Condition'), removed


# A producer/consumer built only from Event and Lock
async def main5():
    items = []
    lock = asyncio.Lock()
    ready = asyncio.Event()

    async def producer():
        for i in range(3):
            async with lock:
                items.append(i)
                print('produced', i)
            await asyncio.sleep(0)
        ready.set()

    async def consumer():
        await ready.wait()
        async with lock:
            print('consumed', items)

    await asyncio.gather(consumer(), producer())

asyncio.run(main5())
