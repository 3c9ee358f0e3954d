# Sets of ints print and iterate in CPython's hash-table order, not insertion order.
print({3, 1, 2}, {10, 2, 33}, {-1, 5, 100, 7})
print({100, 3, 1000, 7}, {0, 16, 32, 48, 1, 17}, {-8, -16, 8, 16, 0})
for x in {100, 3, 1000, 7}:
    print(x, end=" ")
print()

big = {2**64, 2**61 - 1, 2**61, 2**61 + 1, -(2**63), 10**20, -1, -2, 1}
print(big)
print(sorted(big) == sorted(list(big)), len(big))

ids = [513, 1, 257, 9, 1025, 17, 33, -7, 65, -31]
seen = set()
for i in ids:
    seen.add(i)
print(seen)
print(set(ids), frozenset(ids), {i for i in ids}, {*ids})
print(set(range(0, 100, 7)))
print(set(range(-20, 20, 3)))
print({n * n % 37 for n in range(50)})
print(list({12, 44, 76, 108}), tuple({-5, -13, -21}))
print(set(), frozenset(), {0}, {-1}, {-2})
