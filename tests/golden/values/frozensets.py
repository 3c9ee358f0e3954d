# frozenset: immutable, hashable, set operators keep the left operand's kind, |= rebinds.
fz = frozenset([1, 2, 3, 3])
print(fz, frozenset(), len(fz), 2 in fz, type(fz).__name__, fz == {1, 2, 3}, {1, 2, 3} == fz)
print(hash(fz) == hash(frozenset([1, 2, 3])), {fz: "k"}[frozenset({2, 3, 1})])
print(sorted(fz | {9}), type(fz | {9}).__name__, type({9} | fz).__name__, sorted(fz & {1, 5}), sorted(fz - {1}))
g = fz
g |= {7}
print(sorted(g), sorted(fz), g is fz)
try:
    fz.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(fz.copy() is fz, frozenset(fz) is fz, fz.issubset({1, 2, 3, 4}), isinstance(fz, frozenset))
s = {frozenset([1]), frozenset([1])}
print(len(s))
