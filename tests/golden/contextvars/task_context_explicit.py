import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="-")
hits = contextvars.ContextVar("hits", default=0)


async def handle(label, value=None):
    print(f"{label}: tenant={tenant.get()} hits={hits.get()}")
    if value is not None:
        tenant.set(value)
    await asyncio.sleep(0)
    hits.set(hits.get() + 1)
    print(f"{label}: done tenant={tenant.get()} hits={hits.get()}")
    return tenant.get(), hits.get()


async def main():
    tenant.set("main")

    ctx = contextvars.copy_context()
    tenant.set("main-2")
    task = asyncio.create_task(handle("explicit", "acme"), context=ctx)
    print("result:", await task)
    print("ctx afterwards:", ctx[tenant], ctx[hits], len(ctx))
    print("main still:", tenant.get(), hits.get())

    print("-- shared context, one after the other")
    shared = contextvars.Context()
    for i in range(3):
        r = await asyncio.create_task(handle(f"shared{i}"), context=shared)
        print("  got", r, "-> shared hits", shared[hits])
    print("shared keys:", sorted(k.name for k in shared))

    print("-- TaskGroup with context=")
    group_ctx = contextvars.copy_context()
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(handle("tg-ctx", "globex"), context=group_ctx)
        t2 = tg.create_task(handle("tg-plain", "initech"))
        tenant.set("main-3")
    print("tg results:", t1.result(), t2.result())
    print("group_ctx:", group_ctx[tenant], group_ctx[hits])
    print("main:", tenant.get(), hits.get())

    print("-- context of a finished task is kept")
    ctx2 = contextvars.copy_context()
    t3 = asyncio.create_task(handle("again", "umbrella"), context=ctx2)
    await asyncio.sleep(0)
    print("ctx2 midway:", ctx2[tenant], ctx2.get(hits, "unset"))
    await t3
    print("ctx2 after:", ctx2[tenant], ctx2[hits])
    print("ctx.run sees it:", ctx2.run(tenant.get))


asyncio.run(main())
