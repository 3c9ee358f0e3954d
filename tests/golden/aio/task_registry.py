"""The low-level task registry: _get_running_loop, _enter_task/_leave_task, _register_task/_unregister_task."""
import asyncio

print("outside a loop:", asyncio._get_running_loop())


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    print("inside:", asyncio._get_running_loop() is loop)
    me = asyncio.current_task()
    print("current task:", me.get_name())

    other = asyncio.create_task(sleeper("other", 0.01), name="other")
    try:
        asyncio._enter_task(loop, other)
    except RuntimeError as e:
        print("_enter_task while running:", type(e).__name__)
    try:
        asyncio._leave_task(loop, other)
    except RuntimeError as e:
        print("_leave_task mismatch:", type(e).__name__)
    print("still current:", asyncio.current_task() is me)

    print("other registered:", other in asyncio.all_tasks())
    asyncio._unregister_task(other)
    print("after _unregister_task:", other in asyncio.all_tasks(), "done:", other.done())
    asyncio._unregister_task(other)
    print("unregistering twice is fine:", other in asyncio.all_tasks())
    asyncio._register_task(other)
    print("after _register_task:", other in asyncio.all_tasks())
    asyncio._register_task(other)
    print("registered twice, counted once:",
          sum(1 for t in asyncio.all_tasks() if t is other))
    print("result:", await other)
    print("done tasks leave all_tasks:", other in asyncio.all_tasks())

    hidden = asyncio.create_task(sleeper("hidden", 0), name="hidden")
    asyncio._unregister_task(hidden)
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("visible names:", names)
    print("hidden still runs:", await hidden)

    def in_callback(task):
        print("callback sees no current task:", asyncio.current_task() is None)
        asyncio._enter_task(loop, task)
        print("after _enter_task:", asyncio.current_task() is task)
        try:
            asyncio._leave_task(loop, me)
        except RuntimeError as e:
            print("leaving the wrong task:", type(e).__name__)
        asyncio._leave_task(loop, task)
        print("after _leave_task:", asyncio.current_task())
        done.set_result(True)

    done = loop.create_future()
    loop.call_soon(in_callback, hidden)
    await done
    print("current after all that:", asyncio.current_task() is me, me.get_name())
    print("current_task(loop):", asyncio.current_task(loop) is me)
    return me


me = asyncio.run(main(), debug=False)
print("main done:", me.done(), me.result() is me)
print("outside again:", asyncio._get_running_loop())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("current_task outside:", e)
loop = asyncio.new_event_loop()
print("current_task(loop) on idle loop:", asyncio.current_task(loop))
print("all_tasks(loop) on idle loop:", asyncio.all_tasks(loop))
loop.close()
