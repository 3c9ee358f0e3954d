# Tests __contains__, its fallback to __iter__ then __getitem__, and the not-iterable error.
class Evens:
    def __contains__(self, x):
        print("  contains", x)
        return x % 2 == 0


class Truthy:
    def __contains__(self, x):
        return "nonempty"


class ViaIter:
    def __iter__(self):
        print("  iter called")
        return ListIter([1, 2, 3])


class ListIter:
    def __init__(self, xs):
        self.xs = xs
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.xs):
            raise StopIteration
        self.i += 1
        return self.xs[self.i - 1]


class ViaGetitem:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 4:
            raise IndexError(i)
        return i * 10


e = Evens()
print(4 in e, 3 in e, 3 not in e)
print(5 in Truthy(), 5 not in Truthy())
print(2 in ViaIter(), 7 in ViaIter())
print(20 in ViaGetitem())
print(25 in ViaGetitem())


class Nope:
    pass


for obj in [Nope(), 5, None]:
    try:
        1 in obj
    except TypeError as e:
        print(type(e).__name__, e)
print("b" in "abc", "bd" in "abcd", 2 in {2: 0}, 0 in {2: 0}, (1, 2) in [(1, 2)])
