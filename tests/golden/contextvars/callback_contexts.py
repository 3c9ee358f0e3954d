import asyncio
import contextvars

color = contextvars.ContextVar("color", default="grey")
seen = []


def report(tag, *extra):
    seen.append((tag, color.get()))
    print(f"{tag}: color={color.get()}", *extra)


def paint(tag, new):
    report(tag, "->", new)
    color.set(new)


def on_done(fut):
    report("done-cb", "result", fut.result())
    color.set("set-in-done-cb")


async def main():
    loop = asyncio.get_running_loop()
    color.set("red")

    print("-- call_soon without context captures the current one")
    loop.call_soon(report, "soon-plain")
    color.set("orange")
    await asyncio.sleep(0)
    print("main:", color.get())

    print("-- call_soon with context=")
    ctx = contextvars.Context()
    loop.call_soon(paint, "soon-ctx", "blue", context=ctx)
    loop.call_soon(report, "soon-ctx-again", context=ctx)
    await asyncio.sleep(0)
    print("ctx after:", ctx[color], "main:", color.get())

    print("-- call_soon changes do not leak into main")
    loop.call_soon(paint, "soon-leak", "purple")
    await asyncio.sleep(0)
    print("main:", color.get())

    print("-- call_later with context=")
    later_ctx = contextvars.copy_context()
    color.set("yellow")
    h = loop.call_later(0.05, paint, "later-ctx", "green", context=later_ctx)
    print("handle type:", type(h).__name__)
    loop.call_later(0.005, report, "later-plain")
    color.set("pink")
    await asyncio.sleep(0.1)
    print("later_ctx:", later_ctx[color], "main:", color.get())

    print("-- add_done_callback")
    fut = loop.create_future()
    cb_ctx = contextvars.Context()
    cb_ctx.run(color.set, "cyan")
    fut.add_done_callback(on_done, context=cb_ctx)
    color.set("white")
    fut.add_done_callback(on_done)
    color.set("black")
    fut.set_result(42)
    print("set_result returned; callbacks pending")
    await asyncio.sleep(0)
    print("cb_ctx:", cb_ctx[color], "main:", color.get())

    print("-- done callback on a task")
    async def job():
        color.set("task-color")
        return "job-result"
    t = asyncio.create_task(job())
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0)
    print("main:", color.get())


asyncio.run(main())
print(seen)
