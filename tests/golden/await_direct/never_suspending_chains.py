# Async defs that await only direct calls of async defs that never suspend (recursion
# included) run those awaits as plain calls: the results, exceptions, tracebacks, recursion
# limit, current task and context must be what CPython's coroutines give.
import asyncio
import contextvars
import sys

var = contextvars.ContextVar("var", default="unset")


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def is_even(n):
    return True if n == 0 else await is_odd(n - 1)


async def is_odd(n):
    return False if n == 0 else await is_even(n - 1)


async def leaf(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2


async def middle(x):
    try:
        return await leaf(x) + 1
    except ValueError as e:
        print("middle caught", e)
        raise KeyError(x) from e


async def top(x):
    return await middle(x)


async def depth(n):
    return 0 if n == 0 else 1 + await depth(n - 1)


async def who():
    task = asyncio.current_task()
    return task.get_name(), var.get()


async def asks_who():
    return await who()


async def sleeps_then(x):
    await asyncio.sleep(0)
    return await leaf(x)


async def comprehension(xs):
    return [await leaf(x) for x in xs]


async def main():
    print(await fib(20), await is_even(31), await is_odd(31))
    print(await top(5))
    try:
        await top(-3)
    except KeyError as e:
        print("main caught", repr(e), "cause", repr(e.__cause__))
    sys.setrecursionlimit(400)
    try:
        await depth(1000)
    except RecursionError as e:
        print("RecursionError", e)
    print(await depth(100))
    var.set("main")
    print(await asks_who())
    print(await asyncio.create_task(asks_who(), name="worker"))
    print(await asyncio.gather(fib(10), sleeps_then(4), comprehension([1, 2, 3])))
    coro = fib(12)
    print(type(coro).__name__, await coro)
    await top(-1)


asyncio.run(main())
