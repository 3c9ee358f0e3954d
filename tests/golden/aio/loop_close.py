"""What a closed event loop refuses to do, and what it silently drops."""
import asyncio


def shout(msg):
    print("CALLBACK RAN:", msg)


async def job(n):
    print("job", n, "running")
    await asyncio.sleep(0)
    return n * 3


loop = asyncio.new_event_loop()
print("fresh:", loop.is_closed(), loop.is_running())
print("warm-up:", loop.run_until_complete(job(1)))

loop.call_soon(shout, "soon (never runs)")
loop.call_later(0.001, shout, "later (never runs)")
loop.call_at(loop.time(), shout, "at (never runs)")
loop.close()
print("closed:", loop.is_closed(), loop.is_running())
loop.close()
print("closing twice is fine:", loop.is_closed())

attempts = [
    ("call_soon", lambda: loop.call_soon(shout, "x")),
    ("call_later", lambda: loop.call_later(0, shout, "y")),
    ("call_at", lambda: loop.call_at(loop.time() + 1, shout, "z")),
    ("create_future", lambda: loop.create_future()),
]
for name, attempt in attempts:
    try:
        result = attempt()
        print(name, "succeeded:", type(result).__name__)
    except RuntimeError as e:
        print(f"{name}: RuntimeError: {e}")

coro = job(2)
try:
    loop.create_task(coro)
except RuntimeError as e:
    print("create_task: RuntimeError:", e)
coro.close()

coro = job(3)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("run_until_complete: RuntimeError:", e)
coro.close()

try:
    loop.run_forever()
except RuntimeError as e:
    print("run_forever: RuntimeError:", e)
print("time still works:", loop.time() > 0, "| debug:", loop.get_debug())

second = asyncio.new_event_loop()
handle = second.call_soon(shout, "on the second loop")
print("other loops unaffected:", second.is_closed(), handle.cancelled())


async def try_close():
    try:
        asyncio.get_running_loop().close()
    except RuntimeError as e:
        print("close while running: RuntimeError:", e)
    return await job(4)

print("second loop:", second.run_until_complete(try_close()))
second.close()
print("handle after close:", handle.cancelled(), second.is_closed())
second.call_later(1, shout, "too late")
