import asyncio

G = 10

async def val(x):
    await asyncio.sleep(0)
    return x

def bump_global():
    global G
    G += 1
    def inner():
        global G
        G *= 2
    inner()
    return G

async def main():
    d = {"a": [1, 2, 3]}
    d["a"][await val(1)] += await val(5)
    print(d)
    x = await val(1) if await val(True) else await val(2)
    print(x, f"{await val('in f-string')!r:>15}", f"{await val(3.14159):.2f}")
    print(await val(1) < await val(2) <= await val(2) != await val(5))
    a, *b = [await val(i) for i in range(4)] if False else await asyncio.gather(*[val(i) for i in range(4)])
    print(a, b)
    fs = [lambda n=n: n * 2 for n in range(3)]
    print([f() for f in fs], (lambda: (lambda y: y + 1))()(41))
    print(bump_global(), G)
    total = 0
    for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
        total += i * v
    print(total, [[i, j] for i in range(2) for j in range(i, 2)])
    s = "x"
    s += "y" * 3
    print(s, -(-5) ** 2, 2 ** -1, not not [], 7 if 0 else 8)
    try:
        await val(1) / 0
    except ZeroDivisionError as e:
        print("div:", e)
    lst = [3, 1, 2]
    lst.sort(reverse=True)
    print(lst, sorted(lst, key=lambda v: -v), max(lst, default=0), min([], default="none"))
    n = 0
    while n < 3:
        n += 1
    print(n)

asyncio.run(main())
