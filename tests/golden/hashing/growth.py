# A set grows through several table sizes (8, 32, 128, 512, ...) and shrinks after many removals;
# its order follows each rebuild the way CPython's does.
s = set()
sizes = []
for i in range(300):
    s.add(i * 37 % 1001)
    if i in (4, 5, 18, 19, 76, 77, 299):
        sizes.append(len(s))
        print(i, list(s)[:12])
print(sizes)
for i in range(0, 1001, 3):
    s.discard(i)
print(len(s), list(s)[:20])
s -= set(range(500))
print(len(s), list(s)[:20])
t = s.copy()
print(list(t)[:10], t == s)
big = set(range(-500, 500, 7))
print(list(big)[:15], list(big)[-5:])
squares = {i * i for i in range(200)}
print(sum(squares), list(squares)[:15])
