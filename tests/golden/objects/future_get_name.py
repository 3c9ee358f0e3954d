# Tests AttributeError text for missing attributes on asyncio Future/Task objects.
import asyncio


async def work():
    return 7


async def main():
    fut = asyncio.Future()
    try:
        fut.get_name()
    except AttributeError as e:
        print(type(e).__name__, e)
    loop = asyncio.get_running_loop()
    f2 = loop.create_future()
    try:
        f2.set_name("x")
    except AttributeError as e:
        print(type(e).__name__, e)
    print(hasattr(f2, "get_name"), hasattr(f2, "result"), getattr(f2, "get_name", "none"))
    task = asyncio.create_task(work(), name="worker")
    print(task.get_name(), hasattr(task, "get_name"), type(task).__name__, type(fut).__name__)
    try:
        task.no_such_method()
    except AttributeError as e:
        print(type(e).__name__, e)
    print(await task, isinstance(task, asyncio.Future), isinstance(fut, asyncio.Task))
    fut.set_result("done")
    print(fut.result(), fut.done(), f2.done())
    f2.cancel()
    try:
        asyncio.Queue().no_attr
    except AttributeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Event().missing
    except AttributeError as e:
        print(type(e).__name__, e)
    try:
        loop.no_such
    except AttributeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
