# hash() of numbers, tuples and frozensets is CPython's exactly.
for v in [0, 1, -1, -2, 7, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -(2**63), 2**64,
          -(2**64), 10**30, -(10**30), 2**200 + 5]:
    print(v, hash(v))
for f in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 3.14159, 1e100, -2.5e-8, 1e308, 2.0**61, 123456.789]:
    print(f, hash(f))
print(hash(float("inf")), hash(float("-inf")), hash(True), hash(False))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((1.5, -1, True)), hash(((), ())))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 3.5})))
print(hash(frozenset({frozenset({1, 2}), frozenset()})), hash(frozenset(range(100))))
print(hash(1) == hash(1.0) == hash(True), hash(2**64) == hash(2.0**64), hash(-1) == hash(-2))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
