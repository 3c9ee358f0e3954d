"""Handles returned by call_soon / call_later / call_at, and Handle / TimerHandle made by hand."""
import asyncio

log = []


def record(tag, value=None):
    log.append((tag, value))
    print("callback:", tag, value)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    h = loop.call_soon(record, "soon", 1)
    later = loop.call_later(0.01, record, "later")
    at = loop.call_at(loop.time() + 0.02, record, "at", 3)
    never = loop.call_later(10, record, "never")
    for name, x in (("soon", h), ("later", later), ("at", at), ("never", never)):
        print(f"{name}: {type(x).__name__} handle={isinstance(x, asyncio.Handle)}"
              f" timer={isinstance(x, asyncio.TimerHandle)} cancelled={x.cancelled()}")
    now = loop.time()
    print("later.when() >= start + 0.01:", later.when() >= start + 0.01, "| at before never:", at.when() < never.when())
    print("never is ~10s away:", 9 < never.when() - now <= 10)
    print("timer equality:", later == later, later != at)
    never.cancel()
    never.cancel()
    print("never cancelled:", never.cancelled(), repr(never).startswith("<TimerHandle cancelled when="))
    await asyncio.sleep(0.05)
    print("after sleep:", log)
    print("fired handles not cancelled:", h.cancelled(), later.cancelled(), at.cancelled())
    return loop


loop = asyncio.run(main())
print("loop closed:", loop.is_closed())

own = asyncio.new_event_loop()
h = asyncio.Handle(print, ("direct", "handle"), own)
print(repr(h))
print(type(h).__name__, isinstance(h, asyncio.Handle), isinstance(h, asyncio.TimerHandle), h.cancelled())
h._run()
h._run()
h.cancel()
print(repr(h), h.cancelled())

h2 = asyncio.Handle(record, ("by-hand", 7), own)
print(repr(h2))
h2._run()

when = own.time() + 100
th = asyncio.TimerHandle(when, record, ("timer", 8), own)
print(type(th).__name__, isinstance(th, asyncio.Handle), th.when() == when, th.cancelled())
th._run()
th.cancel()
print(repr(th) == f"<TimerHandle cancelled when={when}>", th.cancelled(), th.when() == when)
print("log:", log[-2:])
own.close()
