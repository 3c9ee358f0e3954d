# Infinite generators, bounded with zip/range and break instead of itertools.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def cycle(items):
    while True:
        for it in items:
            yield it


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print([f for _, f in zip(range(12), fibonacci())])
print([p for _, p in zip(range(10), primes())])
print(list(zip("abcde", naturals(1))))
print(list(zip(range(7), cycle(["red", "green", "blue"]))))
for n in fibonacci():
    if n > 1000:
        print("first fib over 1000:", n)
        break
odd_squares = (n * n for n in naturals() if n % 2)
print([next(odd_squares) for _ in range(5)])
g = primes()
print(next(g), next(g), next(g))
print(next(x for x in fibonacci() if x % 7 == 0 and x > 0))
print(dict(zip(["mon", "tue", "wed", "thu"], cycle(["work", "gym"]))))
