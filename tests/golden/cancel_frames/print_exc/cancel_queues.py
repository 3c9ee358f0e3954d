# A task blocked in an asyncio.Queue method is cancelled; the CancelledError's traceback
# includes the frames of asyncio/queues.py (and locks.py for join).
import asyncio
import sys
import traceback


async def case(name, body):
    print('---', name)
    print('---', name, file=sys.stderr)

    async def victim():
        try:
            await body()
        except asyncio.CancelledError:
            traceback.print_exc()
            print('cancelled')
        else:
            print('not cancelled')

    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    await t


async def main():
    q = asyncio.Queue()
    await case('Queue.get', q.get)

    full = asyncio.Queue(maxsize=1)
    full.put_nowait('a')

    async def put_b():
        await full.put('b')
    await case('Queue.put', put_b)
    print('size after put:', full.qsize())

    unfinished = asyncio.Queue()
    unfinished.put_nowait('x')
    await case('Queue.join', unfinished.join)

    lifo = asyncio.LifoQueue()
    await case('LifoQueue.get', lifo.get)


asyncio.run(main())
