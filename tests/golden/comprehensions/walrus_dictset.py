# Dict/set comprehensions over ints and the walrus operator inside comprehensions.
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


lengths = {n: collatz_len(n) for n in range(1, 16)}
print(lengths)
print({v for v in lengths.values()} == set(lengths.values()), sorted({v % 5 for v in lengths.values()}))
print({n: L for n, L in lengths.items() if L > 10})
inverse = {}
for n, L in lengths.items():
    inverse.setdefault(L, []).append(n)
print({L: ns for L, ns in sorted(inverse.items()) if len(ns) > 1})

squares = {n * n for n in range(-5, 6)}
print(sorted(squares), len(squares))
print({x % 7 for x in range(50) if x % 3 == 0})
print({(a, b) for a in range(3) for b in range(3) if a < b} == {(0, 1), (0, 2), (1, 2)})

data = [3, 8, 1, 12, 7, 20, 5]
print([y for x in data if (y := x * x - 10) > 0])
print(y)
print({x: half for x in data if (half := x // 2) % 2 == 0})
total = 0
running = [total := total + x for x in data]
print(running, total)
print([(x, c) for x in range(2, 30) if (c := collatz_len(x)) == max(collatz_len(k) for k in range(2, 30))])

readings = ["12", "x", "7", "", "40", "-3"]
parsed = [v for r in readings if r.lstrip("-").isdigit() and (v := int(r)) >= 0]
print(parsed, v)
chunks = [data[i:i + 3] for i in range(0, len(data), 3)]
print(chunks, {i: sum(c) for i, c in enumerate(chunks)})
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes, {p: p in squares for p in primes[:4]})
print(dict.fromkeys(range(4), 0) == {k: 0 for k in range(4)}, {k: k ** 2 for k in range(0)})
