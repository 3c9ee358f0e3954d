# Two tasks hand 200,000 futures back and forth.
# ops: 200000 futures
import asyncio

N = 200000

async def main():
    loop = asyncio.get_running_loop()
    a_in = [loop.create_future()]
    b_in = [loop.create_future()]
    # Each task's outbox is the other's inbox: one-element lists holding the current future.
    ping = asyncio.create_task(ponger(a_in, b_in))
    pong = asyncio.create_task(ponger(b_in, a_in))
    a_in[0].set_result(0)
    await asyncio.gather(ping, pong)
    print("exchanged", N)

async def ponger(inbox, outbox):
    loop = asyncio.get_running_loop()
    value = 0
    for _ in range(N // 2):
        fut = inbox[0]
        value = await fut
        inbox[0] = loop.create_future()
        target = outbox[0]
        target.set_result(value + 1)
    return value

asyncio.run(main())
