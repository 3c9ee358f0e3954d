# Counter construction (iterable, dict, kwargs), missing keys, most_common ordering (ties keep
# first-seen order), elements, update/subtract, total, repr ordering, deleting and zeros.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(Counter({"x": 3, "y": 1}), Counter(cats=4, dogs=8), Counter())
print(Counter(["red", "blue", "red", "green", "blue", "blue"]))
print("missing:", c["z"], "z" in c, len(c))
print("most_common:", c.most_common())
print("top 2:", c.most_common(2), "top 0:", c.most_common(0), "top 99:", len(c.most_common(99)))
print("negative n:", c.most_common(-1))
ties = Counter("dcbaabcd")
print("ties:", ties.most_common(), ties)
print("elements:", list(c.elements()))
print("sorted elements:", "".join(sorted(c.elements())))

u = Counter(a=1, b=2)
u.update("aab")
u.update({"c": 5})
u.update(d=-1)
print("update:", u)
u.subtract("ccc")
u.subtract({"a": 10})
u.subtract(b=3)
print("subtract:", u)
print("elements skips <= 0:", sorted(u.elements()))
print("total:", u.total(), Counter().total(), Counter("hello").total())

u["new"] = 0
print("zero kept:", u, "new" in u)
del u["new"]
del u["never-there"]  # no KeyError
print("after del:", u)

print("keys order:", list(Counter("zyxzy")), list(Counter("zyxzy").values()))
print("dict equality:", Counter(a=1) == {"a": 1}, Counter(a=1, b=0) == Counter(a=1))
print("fromkeys:", end=" ")
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)

# counting non-strings
print(Counter([1, 1.0, True, 2, (1, 2), (1, 2), None]))
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], sorted(wc)[:3])

# copy and repr of a subclass
cp = wc.copy()
cp["the"] = 0
print(wc["the"], cp["the"], type(cp).__name__)

class Tally(Counter):
    pass

print(Tally("aab"), repr(Tally()))
print(Counter({"b": 1, "a": 1, "c": 2}))
print(Counter({"x": -2, "y": 0, "z": 5}))
print(Counter({"x": 1.5, "y": 2}))
