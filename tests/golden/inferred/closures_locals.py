# Float locals seen through closures, nonlocal updates and locals().
import asyncio


def reader():
    rate = 0.25
    base = 100.0

    def apply(n):
        return base * (1.0 + rate) ** n

    print([apply(k) for k in range(4)])
    rate = 0.5
    print(apply(2), (lambda: rate * base)())
    return apply


def counter():
    total = 0.0
    hits = 0

    def add(x):
        nonlocal total, hits
        total += x
        hits += 1
        return total

    for v in (0.1, 0.2, 0.3, -0.6):
        print("add", v, add(v), repr(total))
    avg = total / hits
    print("avg", avg, hits, total == 0.0, repr(total))
    return add


def with_locals():
    a = 1.5
    b = -0.0
    c = a / 4.0
    flag = a > c
    print(sorted(locals().items()))
    a += 1.0
    del c
    d = float("inf")
    names = sorted(locals())
    print(names)
    print(locals()["a"], locals()["d"], locals()["flag"], "c" in locals())


def late_binding():
    fns = []
    x = 0.0
    for _ in range(3):
        x += 1.5
        fns.append(lambda: x * 2.0)
    print([f() for f in fns])
    g = [lambda y=x: y for x in (0.5, 1.5)]
    print([f() for f in g])


async def async_closure():
    level = 1.0

    async def bump(dv):
        nonlocal level
        await asyncio.sleep(0)
        level = level * dv
        return level

    print(await bump(2.5), await bump(-0.5), level)

    def gen():
        nonlocal level
        while level > -10.0:
            level -= 2.25
            yield level

    print(list(gen()), level)
    return level


async def main():
    f = reader()
    print(f(1))
    add = counter()
    print(add(1e16), add(1.0), add(1.0))
    with_locals()
    late_binding()
    print(await async_closure())


asyncio.run(main())
