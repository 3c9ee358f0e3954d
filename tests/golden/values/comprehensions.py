import asyncio

async def size(name):
    await asyncio.sleep(0)
    return len(name)

async def main():
    names = ["alpha", "be", "gamma", "be"]
    sizes = await asyncio.gather(*(size(n) for n in names))
    table = {n: s for n, s in zip(names, sizes)}
    print(table)
    print({k: v * 2 for k, v in table.items() if v > 2})
    print(sorted({len(n) for n in names}), {n[0] for n in names} == {"a", "b", "g"})
    nested = {i: [j for j in range(i)] for i in range(4)}
    print(nested)

asyncio.run(main())
