# asyncio "Event Loop" page: Hello World with call_soon(), call_later(), run_until_complete, run_forever
import asyncio


def hello_world(loop):
    """A callback to print 'Hello World' and stop the event loop"""
    print('Hello World')
    loop.stop()


loop = asyncio.new_event_loop()

# Schedule a call to hello_world()
loop.call_soon(hello_world, loop)

# Blocking call interrupted by loop.stop()
try:
    loop.run_forever()
finally:
    loop.close()
print('closed:', loop.is_closed())


# Display a counter every 10 ms with call_later() (the doc displays the current date every second)
def display_tick(n, end_time, loop):
    print('tick', n)
    if (loop.time() + 0.01) < end_time and n < 4:
        loop.call_later(0.01, display_tick, n + 1, end_time, loop)
    else:
        loop.stop()


loop = asyncio.new_event_loop()

# Schedule the first call to display_tick()
end_time = loop.time() + 5.0
loop.call_soon(display_tick, 0, end_time, loop)

# Blocking call interrupted by loop.stop()
try:
    loop.run_forever()
finally:
    loop.close()


# run_until_complete with a coroutine and a future; call_at; call order of callbacks
async def compute(x):
    await asyncio.sleep(0.01)
    return x * x


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(7)))
fut = loop.create_future()
loop.call_later(0.02, fut.set_result, 'future result')
loop.call_at(loop.time() + 0.01, print, 'call_at fired first')
print(loop.run_until_complete(fut))
for i in range(3):
    loop.call_soon(print, 'soon', i)
handle = loop.call_soon(print, 'this one is cancelled')
handle.cancel()
print('handle cancelled:', handle.cancelled())
loop.call_later(0.03, loop.stop)
loop.call_later(0.01, print, 'later 0.01')
loop.call_later(0.02, print, 'later 0.02')
loop.run_forever()
task = loop.create_task(compute(3))
print(loop.run_until_complete(task), task.done(), loop.is_running())
try:
    loop.run_until_complete(compute('x'))
except TypeError as e:
    print('TypeError:', e)
loop.close()
try:
    loop.run_until_complete(compute(1))
except RuntimeError as e:
    print('RuntimeError:', e)
asyncio.set_event_loop(None)


# get_running_loop outside a coroutine; loop.time inside
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop is asyncio.get_event_loop(), loop.time() >= 0)
    done = loop.create_future()
    loop.call_soon(lambda: done.set_result('callback ran'))
    print(await done)

asyncio.run(main())
