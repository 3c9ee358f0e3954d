# Terminating iterators: accumulate (default add, func=, initial=, empty input), chain and
# chain.from_iterable, compress, dropwhile, takewhile, filterfalse (incl. None), starmap, zip_longest, pairwise.
import itertools

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], min)))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.accumulate("abc")), list(itertools.accumulate([[1], [2], [3]])))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=7)), list(itertools.accumulate([])))
print(list(itertools.accumulate([0.5, 0.25, 0.125])), list(itertools.accumulate([5], initial=None)))
print(list(itertools.accumulate(range(1, 6), func=lambda a, b: a - b, initial=0)))
print(list(itertools.accumulate([1, 2, 3], lambda acc, x: acc + [x], initial=[])))

print(list(itertools.chain()), list(itertools.chain("ab", [1, 2], (), range(3))))
print(list(itertools.chain.from_iterable(["xy", "z", "", [9]])))
print(list(itertools.chain.from_iterable(range(i) for i in range(4))))
print(list(itertools.chain([1], itertools.chain([2], [3]))), "".join(itertools.chain("he", "llo")))

print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress(range(10), [True, False, True])))
print(list(itertools.compress("abc", itertools.repeat(0))), list(itertools.compress("abc", ["", "x", None])))

print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: True, [1, 2])), list(itertools.takewhile(lambda x: True, [1, 2])))
print(list(itertools.takewhile(str.isdigit, "123abc456")), list(itertools.dropwhile(str.isdigit, "123abc456")))
it = iter([1, 2, 10, 3, 4])
print(list(itertools.takewhile(lambda x: x < 5, it)), list(it))

print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None, [], [0], 0.0, False])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0, False])))

print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(itertools.starmap(max, ["ab", "zy", [3, 9, 1]])))

print(list(itertools.zip_longest("ABCD", "xy")))
print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(itertools.zip_longest([1], [2, 3], [4, 5, 6], fillvalue=0)))
print(list(itertools.zip_longest()), list(itertools.zip_longest([], [])), list(itertools.zip_longest("ab")))

print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.pairwise("a")), list(itertools.pairwise([])))
print(["".join(p) for p in itertools.pairwise("ABCDE")])
print([b - a for a, b in itertools.pairwise([1, 4, 9, 16, 25])])

for make in [lambda: itertools.accumulate([1, "a"]), lambda: itertools.starmap(pow, [(1, 2, 3, 4)]),
             lambda: itertools.starmap(pow, [5]), lambda: itertools.compress([1], [1, 2, 3]),
             lambda: itertools.zip_longest([1], 2), lambda: itertools.pairwise(3),
             lambda: itertools.chain.from_iterable([1, 2]), lambda: itertools.takewhile(lambda x: x < 2, None)]:
    try:
        print(list(make()))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    itertools.zip_longest("a", fill=1)
except TypeError as e:
    print(type(e).__name__, e)
