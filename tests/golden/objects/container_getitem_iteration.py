# Tests iteration falling back to __getitem__ with 0, 1, 2... until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i


s = Squares(4)
for v in s:
    print("v", v)
print(list(s), 9 in s, 10 in s, sorted(s, reverse=True), tuple(Squares(0)), sum(Squares(5)))


class Logged:
    def __getitem__(self, i):
        print("  getitem", i)
        if i == 2:
            raise IndexError
        return chr(65 + i)


x, y = Logged()
print(x, y)


class StopEarly:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i


print(list(StopEarly()))


class Dict2:
    def __getitem__(self, k):
        return {0: "a", 1: "b"}[k]


class Boom:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("boom")
        return i


try:
    list(Boom())
except KeyError as e:
    print(type(e).__name__, e)


try:
    list(Dict2())
except KeyError as e:
    print(type(e).__name__, e)
