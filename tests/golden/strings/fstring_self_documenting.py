# f"{expr=}": the expression's text (spaces kept) then its repr, or its str/format when a
# conversion or a format spec is given; inside coroutines, with subscripts and nested specs.
import asyncio

width = 8
items = {"apple": 3, "pear": 1.5}
name = "Zoë"


async def report(n):
    await asyncio.sleep(0)
    total = sum(range(n))
    print(f"{n=} {total=:>{width}} {total / n = :.2f}")
    return total


async def main():
    print(f"{name=}", f"{name=!s}", f"{name=!a}", f"{name = }", f"{len(name)=}")
    print(f"{items['apple']=}", f"{items=}", f"{3 * 4 = }", f"{name!r:>10}")
    print(f"{items['pear']=:08.3f}|{width=:#x}|{None=}|{1 == 1=}")
    results = await asyncio.gather(*(report(k) for k in (3, 10)))
    print(f"{results=}", f"{results[-1] >= 40 = }")


asyncio.run(main())
