# Dict lookups across int, float, bool and big ints: equal numbers hash equal.
d = {2**64: "big", 1: "one", 0.5: "half", -3: "minus three", 10**20: "huge"}
print(d.get(2.0**64), d.get(1.0), d.get(True), d[0.5], d.get(-3.0), d.get(1e20), d.get(10**20))
cache = {}
for x in [1, 2.0, 3, 2**70, 2.0**70, True, 3.0, -0.0, 0]:
    cache[x] = cache.get(x, 0) + 1
print(cache)
counts = {}
for v in [1.5, 3, 1.5, 2**61, 2**61 - 1, 2**61 + 1, -(2**61), 3.0]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 1, (1.0, 2.0): 2})
print(2.0**64 in {2**64: 0}, 2**63 in {9.223372036854776e18}, -(2**63) in {float(-(2**63))})
print(dict.fromkeys([3, 3.0, 4, 4.5]))
