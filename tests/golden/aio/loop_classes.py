"""Which classes an event loop is: the running loop, a fresh one and an explicit SelectorEventLoop."""
import asyncio

current: asyncio.AbstractEventLoop | None = None
default_class: type = asyncio.SelectorEventLoop


def describe(loop: asyncio.AbstractEventLoop) -> None:
    print("  type:", type(loop).__name__)
    print("  abstract:", isinstance(loop, asyncio.AbstractEventLoop))
    print("  base:", isinstance(loop, asyncio.BaseEventLoop))
    print("  selector:", isinstance(loop, asyncio.SelectorEventLoop))
    print("  closed:", loop.is_closed(), "running:", loop.is_running())


async def inside() -> str:
    global current
    loop = current = asyncio.get_running_loop()
    print("running loop:")
    describe(loop)
    print("  same as get_event_loop:", loop is asyncio.get_event_loop())
    await asyncio.sleep(0)
    return type(loop).__name__


print("module annotations:", __annotations__)
print("annotations:", describe.__annotations__)
print("inside annotations:", inside.__annotations__)
print(asyncio.AbstractEventLoop)
print(asyncio.BaseEventLoop)
print(asyncio.SelectorEventLoop)
print(asyncio.AbstractEventLoop.__name__, asyncio.BaseEventLoop.__name__, asyncio.SelectorEventLoop.__name__)
print(issubclass(asyncio.SelectorEventLoop, asyncio.BaseEventLoop),
      issubclass(asyncio.BaseEventLoop, asyncio.AbstractEventLoop),
      issubclass(asyncio.AbstractEventLoop, asyncio.BaseEventLoop))

print("asyncio.run ->", asyncio.run(inside()))

print("current kept:", type(current).__name__, current.is_closed())
fresh = asyncio.new_event_loop()
print("new_event_loop:")
describe(fresh)
print("  mro:", [c.__name__ for c in type(fresh).__mro__])
print("  mro classes:", type(fresh).__mro__)
fresh.close()
describe(fresh)

sel = asyncio.SelectorEventLoop()
print("SelectorEventLoop():")
describe(sel)
print("  same type as new_event_loop:", type(sel) is type(fresh))


async def add(a: int, b: int) -> int:
    await asyncio.sleep(0.001)
    print("  adding on", type(asyncio.get_running_loop()).__name__,
          asyncio.get_running_loop() is sel)
    return a + b

print("run_until_complete:", sel.run_until_complete(add(2, 3)))
print("again:", sel.run_until_complete(add(10, 20)))
sel.close()
describe(sel)
print(isinstance(None, asyncio.AbstractEventLoop), isinstance(object(), asyncio.BaseEventLoop))
