# tee: n independent iterators over one source, consumed in different orders and interleaved, the
# source is pulled only once per item, tee of a tee, n=0/1, and error texts for bad n.
import itertools

a, b = itertools.tee([1, 2, 3, 4])
print(list(a), list(b))
a, b = itertools.tee("abcdef")
print(next(a), next(a), next(b), list(a), list(b))
its = itertools.tee(range(5), 3)
print(type(its).__name__, len(its))
print(list(its[2]), list(its[0]), list(its[1]))
print(itertools.tee("xy", 0), len(itertools.tee("xy", 1)), list(itertools.tee("xy", 1)[0]))

pulled = []


def source():
    for ch in "ABCDE":
        pulled.append(ch)
        yield ch


x, y = itertools.tee(source())
print(next(x), next(x), pulled[:])
print(next(y), pulled[:])
print(list(x), pulled[:])
print(list(y), pulled[:])

src = iter(range(10))
p, q = itertools.tee(src)
print(next(p), next(p), next(src), next(q), next(q), next(q))
print(list(p), list(q))

a, b = itertools.tee([10, 20, 30])
c, d = itertools.tee(a)
print(next(b), list(c), list(d), list(a), list(b))
a, b = itertools.tee(iter("pqr"))
c = itertools.tee(a, 3)
print([list(t) for t in c], list(a), list(b))
a, b = itertools.tee([1])
c, d = itertools.tee(a)
print(type(c) is type(a), type(c).__name__, iter(c) is c, c is a, d is a)
print(list(c), list(d), list(a))
a, b = itertools.tee("wxyz")
next(a)
cp = a.__copy__()
print(next(cp), list(a), list(cp), list(b))

nums = [3, 1, 4, 1, 5, 9, 2, 6]
first, second = itertools.tee(nums)
next(second, None)
print([y - x for x, y in zip(first, second)])
it1, it2, it3 = itertools.tee(nums, 3)
next(it2)
next(it3)
next(it3)
print([sum(w) for w in zip(it1, it2, it3)])
e1, e2 = itertools.tee([])
print(list(e1), next(e2, "empty"))

for bad in [lambda: itertools.tee([1], -1), lambda: itertools.tee(5), lambda: itertools.tee([1], 2.0),
            lambda: itertools.tee(), lambda: itertools.tee([1], 2, 3), lambda: itertools.tee([1], n=2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
