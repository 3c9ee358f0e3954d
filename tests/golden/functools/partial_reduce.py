# partial and reduce in a small order-pricing pipeline plus an async fan-out using partial.
import asyncio
import functools
from functools import partial, reduce


def price(base, *, tax_pct=0, discount=0):
    return (base - discount) * (100 + tax_pct) // 100


def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)


async def fetch_rate(region, currency, steps=1):
    for _ in range(steps):
        await asyncio.sleep(0)
    return f"{region}/{currency}", len(region) * 100 + sum(ord(c) for c in currency) % 97


uk_price = partial(price, tax_pct=20)
sale_uk = partial(uk_price, discount=50)
print(uk_price(1000), sale_uk(1000), sale_uk(1000, discount=0), sale_uk(200, tax_pct=0))
print(sale_uk.func is price, sale_uk.args, sorted(sale_uk.keywords.items()))

orders = [("pen", 3, 120), ("book", 1, 1500), ("bag", 2, 2300)]
total = reduce(lambda acc, o: acc + o[1] * o[2], orders, 0)
print(total)
print(reduce(lambda a, b: a if a[2] >= b[2] else b, orders))
print(reduce(lambda acc, ch: acc * 10 + int(ch), "40213", 0))
print(reduce(lambda s, w: {**s, w: s.get(w, 0) + 1}, "a b a c b a".split(), {}))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(max, [3, 9, 2], 10))

pipeline = compose(partial(int, base=2), lambda n: n * 3, str, lambda s: s.rjust(6, "."))
print(pipeline("1011"), pipeline("0"))
pow2 = partial(pow, 2)
print([pow2(k) for k in range(8)])
by_len = partial(sorted, key=len)
print(by_len(["ccc", "a", "bb", "dddd"]), by_len(["xx", "y"], reverse=True))


async def main():
    eu = partial(fetch_rate, "eu")
    tasks = [asyncio.create_task(eu(c, steps=s)) for c, s in [("EUR", 2), ("CHF", 1)]]
    tasks.append(asyncio.create_task(partial(fetch_rate, currency="USD")("us")))
    for t in tasks:
        print(await t)
    rates = dict(await asyncio.gather(*(eu(c) for c in ["SEK", "PLN"])))
    print(rates, functools.reduce(lambda a, b: a + b, rates.values()))


asyncio.run(main())
