# A failing TaskGroup inside a failing TaskGroup: the nested group's box as CPython draws it
# (no extra '+', one closing line).
import asyncio


async def fail(n, exc):
    await asyncio.sleep(0.05 * n)  # deadlines far enough apart to stay ordered under load
    raise exc


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1, KeyError("k")))
        tg.create_task(fail(2, ValueError("v")))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner_group())
        tg.create_task(fail(3, TypeError("t")))

asyncio.run(main())
