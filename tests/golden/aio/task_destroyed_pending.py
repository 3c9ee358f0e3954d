import asyncio
import sys


def mark(msg):
    # Markers on stderr show when CPython reports each destroyed task.
    print(msg)
    print("--", msg, file=sys.stderr)


async def never_started():
    print("never_started: unreachable")


async def brief():
    await asyncio.sleep(0.01)
    return "brief done"


def handler(loop, context):
    print("handler:", context["message"], context["task"].get_name(), sorted(context))


loop = asyncio.new_event_loop()
print(loop.run_until_complete(brief()))
late = loop.create_task(never_started(), name="late")
loop.close()
print("loop closed:", loop.is_closed(), "done:", late.done())
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("call_soon:", e)
coro = brief()
try:
    loop.create_task(coro)
except RuntimeError as e:
    print("create_task:", e)
coro.close()

mark("before del late")
del late
mark("after del late")

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
other = loop.create_task(never_started(), name="other")
loop.close()
mark("before del other")
del other
mark("after del other")
