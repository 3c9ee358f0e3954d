# A list display iterated by a comprehension is a tuple (CPython's fold_iter), not by an async for statement; Task refuses set_result/set_exception.
import asyncio


async def main():
    for it in ([1, 2], {3}):
        pass
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    try:
        print([x async for x in [1, 2]])
    except TypeError as e:
        print(e)
    try:
        async for x in [*"ab"]:
            pass
    except TypeError as e:
        print(e)
    t = asyncio.create_task(asyncio.sleep(0))
    for m, a in (("set_result", 3), ("set_exception", ValueError())):
        try:
            getattr(t, m)(a)
        except RuntimeError as e:
            print(type(e).__name__, e)
    await t
    print([x * 2 for x in [1, 2, 3]], [y for y in [[1], [2]] for z in y])


asyncio.run(main())
