# Regression: unpacking an iterator pulled every item before checking the count (an endless
# iterator hung); CPython pulls one past the count. Also slice assignment from an iterable that
# shrinks the list while it is read.
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        print("  next", self.i)
        if self.n is not None and self.i > self.n:
            raise StopIteration
        return self.i


try:
    a, b = Count(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = Count(None)
except ValueError as e:
    print(type(e).__name__, e)
a, b = Count(2)
print(a, b)

xs = [1, 2, 3, 4, 5]


class Shrinker:
    def __iter__(self):
        xs.clear()
        return iter([9])


xs[1:4] = Shrinker()
print(xs)
