# Regression: run_until_complete of a task that already finished raised "no running event
# loop" (the done callback was scheduled with no current loop); the ordering case
# new_event_loop_create_task hit it when the machine was slow.
import asyncio

async def tick(n):
    print("tick", n)
    return n

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t = loop.create_task(tick(0))
loop.run_until_complete(asyncio.sleep(0.01))
print(t.done())
print(loop.run_until_complete(t))
