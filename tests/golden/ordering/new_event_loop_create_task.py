import asyncio

async def tick(n):
    await asyncio.sleep(0.04 * n)
    print("tick", n)

async def boom():
    await asyncio.sleep(0.01)
    raise RuntimeError("loop-level failure")

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t = loop.create_task(tick(2))
loop.run_until_complete(tick(1))
loop.run_until_complete(t)
print(asyncio.get_event_loop() is loop, loop.is_closed())
loop.run_until_complete(boom())
