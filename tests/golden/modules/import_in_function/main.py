# Imports inside functions: the module body runs on the first call only, the name is local
# to the function; a module imported lazily inside an async function running in a task.
import asyncio


def f():
    import helper
    return helper.g()


print("before f")
print(f())
print(f())
try:
    helper
except NameError as e:
    print("NameError:", e)


async def worker(n):
    print("worker", n, "start")
    await asyncio.sleep(0.04 * n)
    from lazy import compute
    print("worker", n, "got", compute(n))
    return n


async def main():
    results = await asyncio.gather(asyncio.create_task(worker(2)), asyncio.create_task(worker(1)))
    print(results)
    import lazy
    print(lazy.calls)


asyncio.run(main())
