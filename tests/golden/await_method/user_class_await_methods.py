# `await obj.wait()` / `await obj.get()` / `await obj.put(x)` where obj is a plain user class
# with its own methods of those names (async, or returning a future): the user's methods run.
import asyncio


class Mailbox:
    """Not an asyncio class: its own async wait/get/put."""

    def __init__(self):
        self.items = []
        self.ready = asyncio.Event()

    async def put(self, x):
        print(f"Mailbox.put({x!r})")
        self.items.append(x)
        self.ready.set()
        return len(self.items)

    async def wait(self):
        print("Mailbox.wait: enter")
        await self.ready.wait()
        print("Mailbox.wait: ready")
        return "mail!"

    async def get(self):
        print("Mailbox.get: enter")
        await self.wait()
        x = self.items.pop(0)
        if not self.items:
            self.ready.clear()
        print(f"Mailbox.get -> {x!r}")
        return x


class Immediate:
    async def wait(self):
        return "immediate wait"

    async def get(self):
        return 42

    def put(self, x):  # not async: returns an awaitable future
        fut = asyncio.get_running_loop().create_future()
        fut.set_result(f"future for {x}")
        return fut


async def consumer(q, n):
    out = []
    for _ in range(n):
        out.append(await q.get())
    return out


async def main():
    print("--- Mailbox (user class)")
    mb = Mailbox()

    async def reader(name):
        print(f"{name}: await mb.wait()")
        r = await mb.wait()
        print(f"{name}: wait returned {r!r}")
        x = await mb.get()
        print(f"{name}: get returned {x!r}")
        return x

    r1 = asyncio.create_task(reader("R1"))
    r2 = asyncio.create_task(reader("R2"))
    await asyncio.sleep(0)
    print("main: put ->", await mb.put("letter"))
    await asyncio.sleep(0)
    print("main: put ->", await mb.put("parcel"))
    print("readers:", await asyncio.gather(r1, r2))

    print("--- Immediate (user class)")
    im = Immediate()
    print(await im.wait(), await im.get(), await im.put(7))


asyncio.run(main())
