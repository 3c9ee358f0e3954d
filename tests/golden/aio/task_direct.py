"""Creating tasks with the asyncio.Task constructor directly instead of create_task."""
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")


async def greet(greeting):
    await asyncio.sleep(0)
    name = asyncio.current_task().get_name()
    print(f"  {greeting}, {user.get()}! (task {name})")
    user.set("changed-inside")
    return f"{greeting}:{user.get()}"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Task(greet("hello"))
    print("plain Task:", type(t).__name__, isinstance(t, asyncio.Future), t.done())
    print("  loop is running loop:", t.get_loop() is loop)
    print("  result:", await t, "| outer user:", user.get())

    t = asyncio.Task(greet("hi"), name="greeter")
    print("named:", t.get_name())
    print("  result:", await t)

    user.set("alice")
    ctx = contextvars.copy_context()
    ctx.run(user.set, "bob")
    print("ctx has:", ctx[user], "| outer has:", user.get())
    t = asyncio.Task(greet("welcome"), name="ctx-task", context=ctx)
    print("  result:", await t)
    print("  ctx after task:", ctx[user], "| outer still:", user.get())

    t = asyncio.Task(greet("bye"), loop=loop, name=42)
    print("name is str:", repr(t.get_name()))
    print("  result:", await t)

    for bad in (5, None, "greet", loop.create_future()):
        try:
            asyncio.Task(bad)
        except TypeError as e:
            print("TypeError:", e)
    print("tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
coro = greet("outside")
try:
    asyncio.Task(coro)
except RuntimeError as e:
    print("outside a loop:", e)
coro.close()
print("coroutine closed without running")
