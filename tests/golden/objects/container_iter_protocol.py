# Tests __iter__ returning a hand-written iterator with __next__ raising StopIteration.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)


class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
for x in c:
    print("for", x)
print(list(c), tuple(c), sum(c), sorted(c), max(c), min(c))
print([x * 2 for x in c], {x: x for x in c}, set(Countdown(1)))
print(list(enumerate(c)), list(zip(c, "abc")))
print(any(c), all(c), ",".join([str(x) for x in c]))
print(list(map(str, c)), list(filter(lambda v: v != 2, c)))
a, b, d = c
print(a, b, d)
for x in c:
    for y in c:
        if y == 2:
            break
        print("pair", x, y)
it = CountdownIter(2)
print(list(it), list(it))
print(dict(zip(Countdown(2), Countdown(2))))
print(list(Countdown(0)), [1, *Countdown(2), 9])


class Nope:
    pass


class BadIter:
    def __iter__(self):
        return 42


for obj in [Nope(), BadIter(), 3]:
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
