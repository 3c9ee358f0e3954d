# Uncaught BrokenBarrierError: a task waits at an aborted barrier; main awaits it, so the
# error ends asyncio.run with a traceback.
import asyncio


async def stage(barrier, name):
    print(f"{name} waiting")
    await barrier.wait()
    print(f"{name} never passes")


async def main():
    barrier = asyncio.Barrier(2)
    t = asyncio.create_task(stage(barrier, "only"))
    await asyncio.sleep(0)
    await barrier.abort()
    print("aborted; n_waiting:", barrier.n_waiting)
    await t


asyncio.run(main())
