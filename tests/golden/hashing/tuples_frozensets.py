# Tuples and frozensets hash by CPython's algorithms, so sets of them (and sets nested in
# frozensets) keep CPython's order.
points = {(0, 0), (1, 2), (2, 1), (-1, -1), (3, 3), (10, -4)}
print(points)
edges = set()
for a, b in [(1, 2), (2, 3), (3, 1), (1, 2), (4, 5), (5, 4)]:
    edges.add((min(a, b), max(a, b)))
print(edges, len(edges))
grid = {(x, y) for x in range(3) for y in range(3) if (x + y) % 2 == 0}
print(grid)
print({(1, (2, 3)), (1, (2, 4)), ((), ()), ((),), (1.5, True)})

groups = {frozenset({1, 2}), frozenset({3}), frozenset(), frozenset({2, 1}), frozenset({4, 5, 6})}
print(groups, len(groups))
nested = frozenset({frozenset({1}), frozenset({frozenset({2, 3})}), 7})
print(nested)
print(frozenset({10, 2, 33}), frozenset(range(12)), frozenset([(1, 2), (3, 4)]))
index = {frozenset({"a"}) : 1, frozenset({1, 2}): "pair"}
print(index[frozenset([2, 1])], frozenset({1, 2}) in {frozenset({2, 1})})
print({(1, 2): "t"}.get((1.0, 2.0)), {(True, 0): "b"}[(1, False)])
