import asyncio
import contextvars

session = contextvars.ContextVar("session", default="none")
calls = contextvars.ContextVar("calls", default=0)


async def step(name, new_session=None):
    calls.set(calls.get() + 1)
    print(f"{name}: session={session.get()} calls={calls.get()}")
    if new_session is not None:
        session.set(new_session)
    await asyncio.sleep(0)
    return session.get()


async def spawn_child():
    async def child():
        session.set("child")
        return session.get()
    got = await asyncio.create_task(child())
    print("child returned", got, "parent still", session.get())
    return got


session.set("top")

print("-- asyncio.run does not change the caller's context")
print("run ->", asyncio.run(step("run1", "changed-in-run")))
print("top after run:", session.get(), calls.get())
print("run again ->", asyncio.run(step("run2")))

print("-- Runner keeps one context across run() calls")
with asyncio.Runner() as runner:
    print("first ->", runner.run(step("r1", "from-r1")))
    print("second ->", runner.run(step("r2")))
    print("third ->", runner.run(spawn_child()))
    print("fourth ->", runner.run(step("r4", "from-r4")))
    print("top inside with:", session.get(), calls.get())

    print("-- runner.run with an explicit context")
    ctx = contextvars.Context()
    print("ctx run ->", runner.run(step("ctx1", "in-ctx"), context=ctx))
    print("ctx run again ->", runner.run(step("ctx2"), context=ctx))
    print("ctx:", ctx[session], ctx[calls])
    print("default context untouched ->", runner.run(step("r5")))

    copied = contextvars.copy_context()
    print("copied run ->", runner.run(step("cp", "in-copy"), context=copied))
    print("copied:", copied[session], copied[calls], "top:", session.get())

print("top at end:", session.get(), calls.get())
