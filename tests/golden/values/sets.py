s = {3, 1, 2}
s.add(5)
s.discard(1)
print(len(s), 3 in s, 1 in s, sorted(s))
t = set([1, 2, 2, 3])
print(t, set(), sorted(t.union({9})), sorted(t.intersection([2, 3, 4])), sorted(t.difference({1})))
print({1, 2} == {2, 1}, {1}.issubset({1, 2}))
seen = set()
for w in "a b a c b".split():
    if w not in seen:
        seen.add(w)
        print("first", w)
