# count/cycle/repeat: int, float and negative steps, reprs of count and repeat objects as they advance,
# repeat with and without times (incl. negative), and combining infinite iterators with islice/zip.
import itertools

c = itertools.count()
print(repr(c), next(c), next(c), repr(c))
c = itertools.count(10)
print(list(itertools.islice(c, 5)), repr(c))
c = itertools.count(5, -2)
print(list(itertools.islice(c, 6)), repr(c))
c = itertools.count(1.5, 0.5)
print(repr(c), next(c), next(c), next(c), repr(c))
print(repr(itertools.count(0, 1)), repr(itertools.count(0, 2)), repr(itertools.count(-3)))
print(repr(itertools.count(2.0)), repr(itertools.count(1, 1.0)), repr(itertools.count(0.1, 0.1)))
c = itertools.count(0.1, 0.1)
print([next(c) for _ in range(4)])
c = itertools.count(2 ** 64, 2 ** 63)
print(next(c), next(c), repr(c))
c = itertools.count(start=3, step=-1)
print(list(itertools.islice(c, 4)), repr(c))
print(list(zip("abcd", itertools.count(1))))
print(list(zip(itertools.count(100, 10), ["x", "y", "z"])))

cy = itertools.cycle("abc")
print([next(cy) for _ in range(8)])
cy = itertools.cycle([1, 2])
print(list(itertools.islice(cy, 5)))
print(list(itertools.islice(itertools.cycle([]), 5)))
gen_calls = []


def gen():
    for i in range(3):
        gen_calls.append(i)
        yield i * i


cy = itertools.cycle(gen())
print(list(itertools.islice(cy, 7)), gen_calls)

r = itertools.repeat(1, 3)
print(repr(r), list(r), repr(r))
r = itertools.repeat("ab", 2)
print(repr(r), next(r), repr(r))
print(repr(itertools.repeat(None)), repr(itertools.repeat([1, 2])))
print(len(list(itertools.repeat("x", 4))), list(itertools.repeat(7, 0)))
r = itertools.repeat(5, -3)
print(repr(r), list(r))
r = itertools.repeat(2.5)
print(list(itertools.islice(r, 3)), repr(r))
print(list(itertools.repeat(0, times=2)))
print(list(map(pow, range(5), itertools.repeat(2))))
print(list(zip(itertools.repeat("k"), "xyz")))
print(list(zip(itertools.count(), itertools.cycle("ab"), itertools.repeat(0, 4))))
print(itertools.repeat(1, 3).__length_hint__(), itertools.repeat(1, -1).__length_hint__())
for bad in [lambda: r.__length_hint__(), lambda: itertools.count(1, "a"), lambda: itertools.count("a"),
            lambda: itertools.repeat(1, 2.5), lambda: itertools.repeat(1, "3"), lambda: itertools.cycle(5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
