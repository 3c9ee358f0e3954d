# Tests the iter() and next() builtins on builtin containers and user iterators.
class Upto:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return "s" + str(i)


it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
u = Upto(3)
print(iter(u) is u, next(u), list(u), next(u, None))
s = iter(Seq())
print(next(s), next(s), list(s), type(s).__name__)
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
print(next(iter("xyz")), next(iter(range(5, 9))), next(iter((7,))), list(iter(iter([1, 2]))))
ki = iter({"k": "v"}.items())
print(next(ki), type(iter([])).__name__, iter(ki) is ki)
pairs = iter([1, 2, 3, 4, 5])
print(list(zip(pairs, pairs)), next(pairs, "rest"))
for name, obj in [("int", 5), ("None", None)]:
    try:
        iter(obj)
    except TypeError as e:
        print(name, type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Seq())
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2]
li = iter(lst)
lst.append(3)
print(list(li))
