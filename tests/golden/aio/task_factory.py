import asyncio
import contextvars

label = contextvars.ContextVar("label", default="default")
made = []


def factory(loop, coro):
    made.append(coro.__name__)
    print("factory:", coro.__name__, "loop ok:", loop is asyncio.get_running_loop())
    return asyncio.Task(coro, loop=loop)


def kw_factory(loop, coro, **kwargs):
    print("kw_factory:", coro.__name__, sorted(kwargs))
    ctx = kwargs.get("context")
    if ctx is not None:
        print("  context has label:", ctx.get(label, "<unset>"))
    return asyncio.Task(coro, loop=loop, **kwargs)


async def job(n):
    await asyncio.sleep(0)
    print(f"job {n} in {asyncio.current_task().get_name()} label={label.get()}")
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    print("initial factory:", loop.get_task_factory())
    loop.set_task_factory(factory)
    print("installed:", loop.get_task_factory() is factory)

    t = asyncio.create_task(job(1), name="first")
    print("name:", t.get_name(), type(t).__name__)
    print("result:", await t)

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job(2), name="tg-a")
        b = tg.create_task(job(3))
    print("tg:", a.get_name(), a.result(), b.result(), b.get_name().startswith("Task-"))

    print("gather:", await asyncio.gather(job(4), job(5)))

    loop.set_task_factory(kw_factory)
    print("kw installed:", loop.get_task_factory() is kw_factory)
    t = asyncio.create_task(job(6), name="plain")
    print("result:", await t, t.get_name())
    ctx = contextvars.Context()
    ctx.run(label.set, "from-ctx")
    t = asyncio.create_task(job(7), name="with-ctx", context=ctx)
    print("result:", await t, t.get_name())
    t = loop.create_task(job(8), context=ctx)
    print("result:", await t)

    loop.set_task_factory(None)
    print("restored:", loop.get_task_factory())
    before = len(made)
    print("result:", await asyncio.create_task(job(9), name="no-factory"), len(made) == before)
    print("result:", await asyncio.create_task(job(10)))

    for bad in (5, "factory"):
        try:
            loop.set_task_factory(bad)
        except TypeError as e:
            print("set_task_factory(%r) ->" % (bad,), e)
    print("still:", loop.get_task_factory())
    print("made:", made)


asyncio.run(main())
