# Lambdas built in comprehensions: late binding of the loop variable vs. default-argument capture.
import asyncio

late = [lambda: i for i in range(4)]
early = [lambda i=i: i for i in range(4)]
print([f() for f in late], [f() for f in early])

multipliers = {n: (lambda x, n=n: x * n) for n in range(1, 4)}
print({k: f(10) for k, f in multipliers.items()})
broken = {n: (lambda x: x * n) for n in range(1, 4)}
print({k: f(10) for k, f in broken.items()})

adders = [(lambda k: (lambda x: x + k))(k) for k in (100, 200)]
print([a(1) for a in adders])

ops = [("add", lambda a, b: a + b), ("sub", lambda a, b: a - b), ("pow", lambda a, b: a ** b)]
print([(name, fn(2, 5)) for name, fn in ops])
table = [[(lambda r=r, c=c: r * c)() for c in range(1, 4)] for r in range(1, 4)]
print(table)
sorters = {key: sorted(["pear", "fig", "banana", "kiwi"], key=fn)
           for key, fn in [("len", len), ("last", lambda w: w[-1]), ("neg", lambda w: -len(w))]}
print(sorters)


def make_counters():
    counts = [0, 0, 0]
    bumps = [lambda j=j: counts.__setitem__(j, counts[j] + j + 1) for j in range(3)]
    return counts, bumps


counts, bumps = make_counters()
for b in bumps + bumps[1:]:
    b()
print(counts)


done_order = []


async def job(tag, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    done_order.append(tag)
    return tag


async def main():
    factories = [lambda t=t: job(f"t{t}", 3 - t) for t in range(3)]
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(f()) for f in factories]
    print([t.result() for t in tasks], done_order)
    wrong = [lambda: job(f"w{t}", 0) for t in range(3)]
    print(await asyncio.gather(*[f() for f in wrong]))


asyncio.run(main())
