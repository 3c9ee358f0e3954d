# Lazy generator expressions with side effects, infinite generators, zip and range.
import asyncio


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def noisy(tag, it):
    for x in it:
        print(f"  {tag} yields {x}")
        yield x


squares = (n * n for n in noisy("nat", naturals(1)))
print("nothing evaluated yet")
for i, sq in zip(range(3), squares):
    print("pair", i, sq)
print("resume", next(squares))

evens = (x for x in naturals() if x % 2 == 0)
print(list(zip("abcd", evens)))
print(next(evens))

checks = (print(f"check {w}") or len(w) > 3 for w in ["tree", "ox", "lamp", "fig"])
print("any long:", any(checks))
print("left:", list(checks))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print([f for _, f in zip(range(12), fib())])
print(sum(x for x in range(100) if x % 7 == 0))
print(max((len(w), w) for w in "the quick brown fox jumps".split()))


def ticker(limit):
    for k in range(limit):
        yield k * 3


async def consume(label, gen):
    acc = []
    for value in gen:
        acc.append(value)
        await asyncio.sleep(0)
        print(f"{label} got {value}")
    return label, acc


async def main():
    shared = ticker(6)
    results = await asyncio.gather(consume("A", shared), consume("B", shared))
    print(results)
    g = naturals(100)
    print([next(g) for _ in range(3)])


asyncio.run(main())
