# Tests a non-data descriptor (only __get__): the instance dict shadows it.
class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("  computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Report:
    def __init__(self, n):
        self.n = n
    def total(self):
        return sum(range(self.n))
    total = Lazy(total)


r = Report(5)
print(r.total)
print(r.total)
print(vars(r))
r.total = "overridden"
print(r.total)
del r.total
print(r.total)
print(type(Report.total).__name__)


class Const:
    def __get__(self, obj, owner):
        return ("const", obj is None, owner.__name__)


class Holder:
    c = Const()


h = Holder()
print(h.c, Holder.c)
h.c = "mine"
print(h.c, Holder.c)
del h.c
print(h.c)


class Sub(Holder):
    pass


print(Sub().c, Sub.c)
