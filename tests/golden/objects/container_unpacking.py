# Tests unpacking user iterables: tuple targets, starred targets, *args, and count errors.
class Trio:
    def __iter__(self):
        return TrioIter()


class TrioIter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i * 11


a, b, c = Trio()
print(a, b, c)
first, *rest = Trio()
print(first, rest)
*init, last = Trio()
print(init, last)
x, *mid, z = Trio()
print(x, mid, z)
print([*Trio(), *Trio()], (*Trio(),), sorted({*Trio()}))


def f(*args):
    return args


def g(p, q, r):
    return p - q + r


print(f(*Trio()), g(*Trio()), f(0, *Trio(), 4))
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
try:
    a, b = Trio()
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = Trio()
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d, *e = Trio()
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
