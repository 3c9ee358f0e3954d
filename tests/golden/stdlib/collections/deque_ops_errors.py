# deque reprs (with/without maxlen), comparisons, +, *, in, len, and the error texts:
# mutation during iteration, empty pops, bad index, remove/index misses, full-deque insert.
from collections import deque

a = deque([1, 2, 3])
b = deque([1, 2, 4], maxlen=5)
print(repr(a), repr(b), repr(deque()), repr(deque(maxlen=2)), str(deque("ab", 3)))
print(repr(deque([deque([1]), "s", None, 1.5])))
rec = deque([1])
rec.append(rec)
print("recursive:", rec)

print(a == deque([1, 2, 3]), a == [1, 2, 3], a != b, a < b, b > a, a <= a, deque() < a)
print(deque([1, 2]) < deque([1, 2, 0]), deque("abc") >= deque("abd"))
print("+:", a + b, (a + b).maxlen, b + a, (b + a).maxlen)
print("*:", a * 2, 0 * a, b * 3, (b * 3).maxlen)
c = deque([1, 2], maxlen=3)
c += [3, 4]
print("+=:", c)
c *= 2
print("*=:", c)
print("in:", 2 in a, 9 in a, "x" not in a, len(a), len(b))
print("hashable:", hasattr(a, "__hash__") and a.__hash__ is None)


def attempt(label, f):
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index 5", lambda: a[5])
attempt("index -4", lambda: a[-4])
attempt("index str", lambda: a["x"])
attempt("slice", lambda: a[0:2])
attempt("remove missing", lambda: a.remove(99))
attempt("index missing", lambda: a.index(99))
attempt("index range", lambda: a.index(1, 1, 3))
attempt("del out of range", lambda: a.__delitem__(10))
attempt("set out of range", lambda: a.__setitem__(-10, 0))
attempt("insert full", lambda: deque([1, 2], maxlen=2).insert(0, 9))
attempt("bad maxlen", lambda: deque([], maxlen=-1))
attempt("maxlen str", lambda: deque([], maxlen="3"))
attempt("add list", lambda: a + [4])
attempt("compare list", lambda: a < [1, 2])
attempt("hash", lambda: hash(a))
attempt("rotate str", lambda: a.rotate("1"))
attempt("maxlen set", lambda: setattr(a, "maxlen", 3))

d = deque(range(5))
try:
    for x in d:
        if x == 2:
            d.append(99)
except RuntimeError as e:
    print(type(e).__name__, e)
d = deque(range(5))
try:
    for x in d:
        d.popleft()
except RuntimeError as e:
    print(type(e).__name__, e, list(d))
# replacing an item in place is allowed
d = deque(range(4))
for i, x in enumerate(d):
    d[i] = x * 10
print(d)
