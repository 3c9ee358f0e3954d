import asyncio
import contextvars

marker = contextvars.ContextVar("marker", default="start")


async def tag(value, delay=0):
    before = marker.get()
    marker.set(value)
    if delay:
        await asyncio.sleep(delay)
    print(f"  tag({value!r}): before={before} now={marker.get()}")
    return value


async def main():
    print("plain await (same task):")
    await tag("awaited")
    print("  main sees", marker.get())

    print("asyncio.timeout (same task):")
    async with asyncio.timeout(1):
        await tag("in-timeout", 0.001)
    print("  main sees", marker.get())

    print("asyncio.wait_for (a new task):")
    await asyncio.wait_for(tag("in-wait_for", 0.001), timeout=1)
    print("  main sees", marker.get())

    print("asyncio.shield (a new task):")
    await asyncio.shield(tag("in-shield"))
    print("  main sees", marker.get())

    print("asyncio.ensure_future (a new task):")
    await asyncio.ensure_future(tag("in-ensure_future"))
    print("  main sees", marker.get())

    print("asyncio.wait (new tasks):")
    done, pending = await asyncio.wait([asyncio.create_task(tag("in-wait"))])
    print("  main sees", marker.get(), len(done), len(pending))

    print("asyncio.as_completed:")
    for fut in asyncio.as_completed([tag("ac-slow", 0.05), tag("ac-fast", 0.01)]):
        print("  got", await fut, "main sees", marker.get())

    print("timed out wait_for:")
    try:
        await asyncio.wait_for(tag("too-slow", 1), timeout=0.01)
    except TimeoutError as e:
        print("  ", type(e).__name__, "main sees", marker.get())

    print("async generator runs in the caller's context:")
    async def agen():
        marker.set("from-agen")
        yield marker.get()
        marker.set("from-agen-2")
        yield marker.get()
    async for v in agen():
        print("  yielded", v, "main sees", marker.get())
    print("  main sees", marker.get())


asyncio.run(main())
print("top level:", marker.get())
