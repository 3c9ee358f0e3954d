# Cancelling a task parked at a bare yield of an __await__ generator throws CancelledError
# in at that yield, where the generator may handle it.
import asyncio


class Spinner:
    def __await__(self):
        n = 0
        try:
            while True:
                n += 1
                yield
        except asyncio.CancelledError:
            print("spinner cancelled after", n > 0)
            raise
        finally:
            print("spinner finally")


class Shielded:
    def __await__(self):
        try:
            yield
            yield
        except asyncio.CancelledError:
            print("swallowed cancel")
        return "kept going"


async def spin():
    await Spinner()


async def keep():
    r = await Shielded()
    print("keep got", r)
    return r


async def main():
    t = asyncio.create_task(spin())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    k = asyncio.create_task(keep())
    await asyncio.sleep(0)
    k.cancel()
    print(await k, k.cancelled())

asyncio.run(main())
