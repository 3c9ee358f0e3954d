# product (repeat=, several/empty iterables), permutations (r=None, r>n, r=0), combinations and
# combinations_with_replacement; result counts checked against math.comb/math.perm; error texts for bad r.
import itertools
import math

print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product("ab", repeat=2)))
print(["".join(p) for p in itertools.product("01", repeat=3)])
print(list(itertools.product()), list(itertools.product([])), list(itertools.product("ab", [])))
print(list(itertools.product("ab", repeat=0)), list(itertools.product([1, 2], "x", (True,))))
print(list(itertools.product(range(2), repeat=2)) == list(itertools.product(range(2), range(2))))
print(len(list(itertools.product("abc", "de", repeat=2))), 3 * 2 * 3 * 2)

print(list(itertools.permutations([1, 2, 3])))
print(["".join(p) for p in itertools.permutations("abcd", 2)])
print(list(itertools.permutations("ab", 3)), list(itertools.permutations("ab", 0)), list(itertools.permutations([])))
print(list(itertools.permutations("aab", 2)), list(itertools.permutations(range(3), r=None)))
print(list(itertools.combinations("ABCD", 2)))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations("abc", 0)), list(itertools.combinations("abc", 4)), list(itertools.combinations("", 0)))
print(list(itertools.combinations_with_replacement("ABC", 2)))
print(list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement("x", 3)))
print(list(itertools.combinations_with_replacement("ab", 0)))

for n in range(0, 7):
    for r in range(0, 8):
        counts = (len(list(itertools.permutations(range(n), r))), len(list(itertools.combinations(range(n), r))),
                  len(list(itertools.combinations_with_replacement(range(n), r))))
        expected = (math.perm(n, r), math.comb(n, r), math.comb(n + r - 1, r) if n else int(r == 0))
        if counts != expected:
            print("mismatch", n, r, counts, expected)
print("counts checked", sum(1 for _ in itertools.permutations(range(7))), math.factorial(7))

seen = set()
for c in itertools.combinations(range(6), 3):
    assert list(c) == sorted(c)
    seen.add(c)
print(len(seen), math.comb(6, 3), min(seen), max(seen))
print(sum(1 for p in itertools.permutations(range(4)) if all(p[i] != i for i in range(4))))
print([c for c in itertools.combinations([1, 2, 3, 4, 5, 6], 3) if sum(c) == 10])
print(sum(1 for t in itertools.product(range(1, 7), repeat=3) if sum(t) == 10))

bad = [("combinations('abc', -1)", lambda: itertools.combinations("abc", -1)),
       ("combinations_with_replacement('abc', -2)", lambda: itertools.combinations_with_replacement("abc", -2)),
       ("permutations('abc', -1)", lambda: itertools.permutations("abc", -1)),
       ("product('ab', repeat=-1)", lambda: itertools.product("ab", repeat=-1)),
       ("combinations('abc')", lambda: itertools.combinations("abc")),
       ("combinations('abc', 1.5)", lambda: itertools.combinations("abc", 1.5)),
       ("permutations('abc', '2')", lambda: itertools.permutations("abc", "2")),
       ("permutations('abc', 1, 2)", lambda: itertools.permutations("abc", 1, 2)),
       ("product(1, 2)", lambda: itertools.product(1, 2)),
       ("product('ab', rep=2)", lambda: itertools.product("ab", rep=2)),
       ("product('ab', repeat='2')", lambda: itertools.product("ab", repeat="2")),
       ("combinations(5, 2)", lambda: itertools.combinations(5, 2)),
       ("combinations(r=2, iterable='abc')", lambda: list(itertools.combinations(r=2, iterable="abc")))]
for label, f in bad:
    try:
        print(label, "->", f())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
