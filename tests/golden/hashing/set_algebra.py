# Set operations insert in CPython's order (which operand is copied, which iterated), so their
# results print like CPython's.
evens = set(range(0, 40, 2))
threes = set(range(0, 40, 3))
print(evens | threes)
print(evens & threes)
print(evens - threes)
print(evens ^ threes)
print(threes | evens, threes & evens, threes - evens)
print(evens.union([45, 41], (43,)), evens.intersection(range(10), range(5)))
print(evens.difference(threes, {4, 8}), evens.symmetric_difference([1, 2, 3]))
print(frozenset(evens) | {99}, {99} | frozenset(evens), type(frozenset(evens) & threes).__name__)
print(evens <= evens | threes, evens < evens, threes >= {0, 3}, evens.isdisjoint({1, 3, 5}))
print(evens.issubset(range(100)), evens.issuperset([2, 4]), {1} > set())

a = {5, 10, 15, 20, 25, 30}
a |= {35, 40}
print(a)
a &= {5, 15, 25, 35, 45}
print(a)
a -= {15}
print(a)
a ^= {25, 1000, 2000}
print(a)
b = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
b.difference_update([1, 2, 3, 4, 5, 6, 7, 8, 9])
print(b)
b.intersection_update({10, 11, 64, 128})
print(b)
b.symmetric_difference_update({10, 74, 138})
print(b)
b.update([202, 266], {330})
print(b)
d = {7: "x", 15: "y", 23: "z"}
print(set(d), set(d) | {31}, d.keys() | {39}, d.keys() & {15, 23, 99}, {15, 99} - d.keys())
