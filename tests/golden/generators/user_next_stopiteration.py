class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done", self.n)
        return self.n
it = It()
print(next(it), next(it), next(it, "dflt"))
try:
    next(It.__new__(It))
except AttributeError as e:
    print("attr", e)
it = It()
next(it); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.args, e.value)
class Sub(It):
    pass
print(list(Sub()))
it = It()
print([x for x in it], next(it, None))
next(it)
