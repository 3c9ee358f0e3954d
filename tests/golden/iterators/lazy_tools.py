"""Hand-written itertools-style helpers, checked for laziness with a noisy source."""

log = []


def noisy(values, tag="src"):
    for v in values:
        log.append(f"{tag}:{v}")
        yield v


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    it = iter(iterable)
    nexti = start
    for i, element in enumerate(it):
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield element
            nexti += step


def chain(*iterables):
    for it in iterables:
        yield from it


def takewhile(pred, iterable):
    for x in iterable:
        if not pred(x):
            return
        yield x


def accumulate(iterable, func=lambda a, b: a + b, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element)
        yield total


def groupby(iterable, key=lambda x: x):
    it = iter(iterable)
    sentinel = object()
    current = next(it, sentinel)
    while current is not sentinel:
        k = key(current)
        group = [current]
        current = next(it, sentinel)
        while current is not sentinel and key(current) == k:
            group.append(current)
            current = next(it, sentinel)
        yield k, group


def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x


def zip_longest(*its, fillvalue=None):
    iters = [iter(i) for i in its]
    while True:
        row, alive = [], 0
        for it in iters:
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fillvalue)
        if not alive:
            return
        yield tuple(row)


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


evens = (x for x in count(0, 2))
print(list(islice(evens, 5)), next(evens))
squares = map(lambda v: v * v, noisy(range(10)))
print(log)
print(list(takewhile(lambda v: v < 20, squares)), log[-1], len(log))
print(list(islice("ABCDEFG", 2, None, 2)), list(islice(count(), 3, 12, 4)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4], max, initial=2)))
print(list(accumulate([])), list(accumulate("abc")))
for k, g in groupby("AAAABBBCCDAABB"):
    print(k, "".join(g), end="; ")
print()
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, len(g)) for k, g in groupby(words, key=lambda w: w[0])])
print(list(pairwise("abcd")), list(pairwise([1])))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(batched(range(7), 3)), list(batched("", 2)))
log.clear()
pipeline = chain(noisy([1, 2], "a"), noisy([3, 4], "b"))
first = next(pipeline)
print(first, log)
print(sum(pipeline), log)
lazy = filter(None, map(int, "1 0 2 0 3".split()))
print(next(lazy), list(lazy), list(lazy))
z = zip(noisy("xy", "L"), noisy([1, 2, 3], "R"))
log.clear()
print(list(z), log)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
running = accumulate(noisy([5, 10, 20]), initial=100)
print(next(running), log[-1])
print(list(batched(count(), 0)))
