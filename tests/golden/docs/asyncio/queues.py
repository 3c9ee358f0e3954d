# asyncio "Queues": the documented worker example (random timings replaced by a fixed list whose
# completion times are all at least 2 units apart, time.monotonic() replaced by fixed text), plus
# Queue methods
import asyncio

UNIT = 0.02
TIMINGS = [1, 4, 8, 5, 8, 4, 6, 6, 8, 4, 6, 8]


async def worker(name, queue):
    while True:
        # Get a "work item" out of the queue.
        sleep_for = await queue.get()

        # Sleep for the "sleep_for" seconds.
        await asyncio.sleep(sleep_for)

        # Notify the queue that the "work item" has been processed.
        queue.task_done()

        print(f'{name} has slept for {sleep_for:.2f} seconds')


async def main():
    # Create a queue that we will use to store our "workload".
    queue = asyncio.Queue()

    # Generate random timings and put them into the queue.
    total_sleep_time = 0
    for units in TIMINGS:
        sleep_for = units * UNIT
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)

    # Create three worker tasks to process the queue concurrently.
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f'worker-{i}', queue))
        tasks.append(task)

    # Wait until the queue is fully processed.
    started_at = 0    # was time.monotonic()
    await queue.join()
    total_slept_for = 0.52    # was time.monotonic() - started_at

    # Cancel our worker tasks.
    for task in tasks:
        task.cancel()
    # Wait until all worker tasks are cancelled.
    results = await asyncio.gather(*tasks, return_exceptions=True)

    print('====')
    print(f'3 workers slept in parallel for {total_slept_for:.2f} seconds')
    print(f'total expected sleep time: {total_sleep_time:.2f} seconds')
    print([type(r).__name__ for r in results])


asyncio.run(main())


# Queue methods: maxsize, full/empty/qsize, put blocking, nowait variants, exceptions
async def main2():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    await q.put('a')
    q.put_nowait('b')
    print(q.full(), q.qsize())
    try:
        q.put_nowait('c')
    except asyncio.QueueFull:
        print('QueueFull raised', asyncio.QueueFull.__mro__[1].__name__)

    async def late_put():
        print('putter waiting')
        await q.put('c')
        print('putter done')

    t = asyncio.create_task(late_put())
    await asyncio.sleep(0)
    print('got', q.get_nowait())
    await t
    print([q.get_nowait() for _ in range(q.qsize())])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty raised')
    try:
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

    # a consumer waiting on get() is woken by put()
    async def consumer():
        item = await q.get()
        print('consumer got', item)
        q.task_done()

    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    await q.put('wake')
    await q.join()
    await c
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize(), sum([await unbounded.get() for _ in range(100)]))
    # get() with a timeout
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print('get timed out; queue still usable:', q.empty())
    q.put_nowait('after timeout')
    print(await q.get())

asyncio.run(main2())
