# How often a dict calls a key's __hash__ and __eq__: once per operation for the hash, the
# stored hashes for copies and merges, comparisons only between keys of equal hash.
import random


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return self.v % 3

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __repr__(self):
        return f"K({self.v})"


print("build")
d = {K(i): i for i in range(6)}
print("store existing"); d[K(4)] = 40
print("get"); print(d.get(K(4)), d.get(K(9)))
print("in"); print(K(2) in d)
print("setdefault"); print(d.setdefault(K(7), 7), d.setdefault(K(7), 8))
print("pop"); print(d.pop(K(1)))
print("popitem"); print(d.popitem())
print("del"); del d[K(0)]
print("copy"); e = d.copy()
print("update"); e.update(d)
print("dict()"); f = dict(d)
print("star"); g = {**d, K(10): 10}
print("set"); s = set(d)
print("symmetric_difference_update"); s.symmetric_difference_update(d)
print("fromkeys"); h = dict.fromkeys(d)
print(list(e.items()), list(f.values()), list(g), s, list(h))

# A mix of insertions and deletions through resizes keeps the insertion order.
r = random.Random(5)
m = {}
trace = []
for i in range(20000):
    k = r.randrange(500)
    op = r.random()
    if op < 0.5:
        m[k] = i
    elif op < 0.8:
        m.pop(k, None)
    else:
        m.get(k)
    if i % 997 == 0:
        trace.append(sum(m) + len(m))
print(trace, list(m)[:20], len(m))
n = dict.fromkeys(range(100))
for k in range(0, 100, 3):
    del n[k]
print(list(n)[:10], n.popitem(), len(n))
n.clear()
n[1] = 2
print(n)
