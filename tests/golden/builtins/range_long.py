"""range() of ints beyond 64 bits: values, len, indexing, containment, reversal, equality."""
big = 2**64
r = range(big, big + 10, 3)
print(r, list(r), r[0], r[-1], r[2], len(r), bool(r), big + 3 in r, big + 4 in r, 5 in r, float(big) in r)
print(r.start, r.stop, r.step, r.index(big + 6), r.count(big + 6), list(reversed(r)), r == range(big, big + 10, 3), hash(r) == hash(range(big, big + 12, 3)))
e = range(big, 0)
print(e, list(e), bool(e), len(e), e == range(0))
h = range(-big, big)
try:
    len(h)
except OverflowError as x:
    print("OverflowError", x)
print(bool(h), h[big], h[-1], 0 in h, h.index(0))
try:
    h[2 * big]
except IndexError as x:
    print("IndexError", x)
it = iter(range(2**70, 2**70 + 2))
print(type(it).__name__, next(it), next(it))
print(list(range(5, -big, -big)), 1.0 in range(3), 2.5 in range(3), True in range(2))
print(range(2**63 - 2, 2**63 + 1), list(range(2**63 - 2, 2**63 + 1)))
print(sum(1 for _ in range(-2**63, -2**63 + 3)), list(range(2**63 - 1, 2**63 - 4, -1)))
for i in range(big, big + 2):
    print(i)
