# functools.partial for pre-filled arguments, with keywords and as callbacks.
import asyncio
import functools


def power(base, exp):
    return base ** exp


def log(level, msg, *, prefix="", sep=": "):
    return f"{prefix}{level.upper()}{sep}{msg}"


square = functools.partial(power, exp=2)
two_to = functools.partial(power, 2)
warn = functools.partial(log, "warn", prefix="[app] ")
print(square(7), two_to(10), square(base=3))
print(warn("disk low"), warn("cpu hot", sep=" - "))
print(square.func is power, square.args, square.keywords, two_to.args)
nested = functools.partial(warn, sep="|")
print(nested("nested"), nested.func is log, nested.args, sorted(nested.keywords.items()))
print(list(map(functools.partial(power, exp=3), range(5))))
print(sorted(["b", "A", "c"], key=functools.partial(str.lower)))


async def handle(kind, item, results):
    await asyncio.sleep(0)
    results.append(f"{kind}:{item}")
    return len(results)


async def main():
    results = []
    job = functools.partial(handle, "img", results=results)
    counts = await asyncio.gather(*(job(i) for i in range(3)))
    print(counts, results)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(functools.partial(fut.set_result, "from partial"))
    print(await fut)
    t = asyncio.create_task(functools.partial(handle, "doc")("x", results))
    print(await t, results[-1])


asyncio.run(main())
