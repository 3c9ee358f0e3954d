# set/frozenset operations with mixed iterables, methods vs operators, subset tests.
a = {1, 2, 3, 4}
b = frozenset([3, 4, 5])
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), type(a | b).__name__, type(b | a).__name__)
print(sorted(a.union([9], range(2), "")), sorted(a.intersection(range(3, 10), [4, 3])))
print(sorted(a.difference([1], (2,))), sorted(a.symmetric_difference(range(3))))
try:
    a | [5]
except TypeError as e:
    print("TypeError:", e)
s = set()
s.update([1, 2], (3,), range(4, 6))
s.intersection_update([1, 2, 3, 4, 9])
print(sorted(s))
s.difference_update({1}, [2])
s.symmetric_difference_update([4, 7])
print(sorted(s))
s |= {10}
s &= {3, 7, 10}
s -= {7}
s ^= frozenset({3, 11})
print(sorted(s))
print(s.discard(99), s.remove(10), sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s, len(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > frozenset({1}), {1}.issubset([1, 2]))
print({1, 2}.issuperset(range(2)), {1, 2}.isdisjoint([3, 4]), frozenset() == set(), {1} == frozenset({1}))
fs = frozenset([frozenset([1, 2]), frozenset([2, 1]), frozenset()])
print(len(fs), frozenset([1, 2]) in fs, {frozenset([1]): "one"}[frozenset({1})])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), sorted(map(len, fs)))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print({1, 1.0, True}, {0, False, 0.0}, len({-0.0, 0}), sorted({3, 1, 2}, reverse=True))
print(set("aab") == {"a", "b"}, sorted(set("mississippi")), frozenset("ab") | set("bc") == {"a", "b", "c"})
print(set(range(5)) - set(range(0, 5, 2)), {x % 3 for x in range(10)}, max({4, 9, 2}), sum(frozenset({1, 2, 3})))
