"""An "instrumented" event loop: a task factory that counts and names every task it makes."""
import asyncio
import contextvars
from collections import Counter

request_id = contextvars.ContextVar("request_id", default="-")


class TaskStats:
    def __init__(self):
        self.by_coro = Counter()
        self.with_context = 0
        self.serial = 0

    def factory(self, loop, coro, context=None):
        self.serial += 1
        self.by_coro[coro.__qualname__] += 1
        if context is not None:
            self.with_context += 1
            task = asyncio.Task(coro, loop=loop, context=context)
        else:
            task = asyncio.Task(coro, loop=loop)
        task.set_name(f"{coro.__name__}#{self.serial}")
        return task


async def fetch(url, delay):
    await asyncio.sleep(delay)
    me = asyncio.current_task().get_name()
    print(f"  fetched {url} in {me} (request {request_id.get()})")
    return len(url)


async def main():
    stats = TaskStats()
    loop = asyncio.get_running_loop()
    loop.set_task_factory(stats.factory)
    print("factory installed:", loop.get_task_factory() == stats.factory)

    t = asyncio.create_task(fetch("/a", 0.01))
    print("create_task ->", t.get_name(), "=", await t)
    named = asyncio.create_task(fetch("/named", 0), name="explicit")
    print("name= wins over the factory:", named.get_name(), await named)

    print("gather:")
    sizes = await asyncio.gather(fetch("/b", 0.08), fetch("/cc", 0.04), fetch("/ddd", 0))
    print("  sizes:", sizes)

    print("task group:")
    request_id.set("req-42")
    ctx = contextvars.copy_context()
    request_id.set("req-43")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch("/x", 0.04))
        b = tg.create_task(fetch("/yy", 0), name="tg-named")
        c = tg.create_task(fetch("/zzz", 0.08), context=ctx)
    print("  names:", a.get_name(), b.get_name(), c.get_name())
    print("  results:", a.result(), b.result(), c.result())

    d = loop.create_task(fetch("/loop", 0), context=ctx)
    print("loop.create_task ->", d.get_name(), await d)
    fut = asyncio.ensure_future(fetch("/ensure", 0))
    print("ensure_future ->", fut.get_name(), await fut)

    print("tasks made:", stats.serial, "with context:", stats.with_context)
    print("by coroutine:", sorted(stats.by_coro.items()))
    loop.set_task_factory(None)
    plain = asyncio.create_task(fetch("/plain", 0))
    print("factory removed:", loop.get_task_factory(), plain.get_name().startswith("Task-"), await plain)
    print("still counted:", stats.serial)


asyncio.run(main())
