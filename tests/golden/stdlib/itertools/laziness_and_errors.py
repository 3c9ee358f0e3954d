# Laziness (a printing generator feeds the iterators; chain(1) fails only on next), StopIteration,
# TypeError texts for non-iterables and bad arguments, keyword forms, type names and isinstance checks.
import itertools


def noisy(n, tag):
    for i in range(n):
        print(f"  {tag} yields {i}")
        yield i


m = itertools.accumulate(noisy(3, "acc"))
print("accumulate created")
print("first:", next(m))
ch = itertools.chain(noisy(2, "c1"), noisy(2, "c2"))
print("chain created")
print("chain:", list(ch))
tw = itertools.takewhile(lambda x: x < 1, noisy(5, "tw"))
print("takewhile:", list(tw))
z = itertools.zip_longest(noisy(1, "z1"), noisy(2, "z2"), fillvalue="-")
print("zip_longest:", list(z))
pw = itertools.pairwise(noisy(3, "pw"))
print("pairwise first:", next(pw))

c = itertools.chain(1)
print("chain(1) created", type(c).__name__)
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
c = itertools.chain([1], None, [3])
print(next(c), end=" ")
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
it = itertools.islice("ab", 5)
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

print(list(itertools.islice(itertools.count(start=1, step=2), 3)), list(itertools.repeat(object=3, times=2)))
print(list(itertools.accumulate(iterable=[1, 2], func=None, initial=0)), list(itertools.compress(data="ab", selectors=[0, 1])))
print(list(itertools.combinations_with_replacement(iterable="ab", r=1)), list(itertools.permutations(iterable="ab")))

bad = [lambda: itertools.repeat(), lambda: itertools.count(1, 2, 3), lambda: itertools.count(begin=1),
       lambda: itertools.cycle(), lambda: itertools.cycle([1], [2]), lambda: itertools.chain(x=[1]),
       lambda: itertools.compress("a"), lambda: itertools.dropwhile(len), lambda: itertools.starmap(pow),
       lambda: itertools.pairwise(), lambda: itertools.accumulate(), lambda: itertools.accumulate(5),
       lambda: itertools.filterfalse(None, 3), lambda: itertools.zip_longest(1), lambda: itertools.product([1], 2),
       lambda: itertools.chain.from_iterable(7), lambda: itertools.chain.from_iterable(), lambda: itertools.repeat(1, times=None),
       lambda: next(itertools.starmap(len, [[1, 2]])), lambda: next(itertools.dropwhile(None, [1]))]
for f in bad:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)

ch = itertools.chain([])
print(type(ch), type(ch).__name__, itertools.chain.__name__, itertools.chain.__module__)
print(isinstance(ch, itertools.chain), isinstance(itertools.count(), itertools.count), isinstance(ch, itertools.islice))
objs = [itertools.count(), itertools.cycle(""), itertools.repeat(1), itertools.accumulate([]), itertools.chain(),
        itertools.compress("", ""), itertools.dropwhile(None, []), itertools.takewhile(None, []),
        itertools.filterfalse(None, []), itertools.groupby(""), itertools.islice("", 0), itertools.starmap(None, []),
        itertools.zip_longest(), itertools.pairwise(""), itertools.product(), itertools.permutations(""),
        itertools.combinations("", 0), itertools.combinations_with_replacement("", 0), itertools.tee("")[0]]
print([type(o).__name__ for o in objs])
print(all(iter(o) is o for o in objs), all(hasattr(o, "__next__") for o in objs))
print(isinstance(itertools.count, type), type(itertools.repeat).__name__, itertools.islice.__name__)
