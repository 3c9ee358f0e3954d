# Await inside comprehensions in an async inventory service: list/dict/set comprehensions that
# await per item, gather over a comprehension of coroutines, and conditional awaits.
import asyncio

STOCK = {"apple": 12, "pear": 0, "plum": 7, "kiwi": 3, "fig": 0}
PRICES = {"apple": 0.5, "pear": 0.75, "plum": 1.2, "kiwi": 0.9, "fig": 2.5}


async def lookup(item):
    await asyncio.sleep(0)
    print(f"  lookup {item}")
    return STOCK.get(item, 0)


async def price(item):
    await asyncio.sleep(0)
    return PRICES[item]


async def reserve(item, n, lock, log):
    async with lock:
        have = STOCK[item]
        await asyncio.sleep(0)
        got = min(have, n)
        STOCK[item] = have - got
        log.append((item, got))
        return got


async def main():
    wanted = ["plum", "pear", "apple", "kiwi"]
    levels = [await lookup(w) for w in wanted]
    print(levels)
    in_stock = {w: await price(w) for w in wanted if STOCK[w] > 0}
    print(in_stock)
    empty = {w for w in STOCK if not await lookup(w)}
    print(sorted(empty))
    totals = await asyncio.gather(*[price(w) for w in sorted(STOCK)])
    print(dict(zip(sorted(STOCK), totals)))
    lock, log = asyncio.Lock(), []
    orders = [("apple", 5), ("plum", 10), ("apple", 9), ("kiwi", 1)]
    got = await asyncio.gather(*(reserve(i, n, lock, log) for i, n in orders))
    print(got, log, STOCK)
    value = sum([STOCK[w] * await price(w) for w in STOCK])
    print(f"remaining value {value:.2f}")
    print([(w, await price(w)) if STOCK[w] else (w, None) for w in ["fig", "kiwi"]])


asyncio.run(main())
