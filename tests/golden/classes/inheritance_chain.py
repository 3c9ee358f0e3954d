class Base:
    registry = []

    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__.lower()
        Base.registry.append(cls.tag)

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.tag}:{self.name}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.describe()}>"


class Loud(Base, tag="LOUD"):
    def describe(self):
        return super().describe().upper()


class Counted(Base):
    n = 0

    def __init__(self, name):
        super().__init__(name)
        type(self).n += 1


class Both(Loud, Counted):
    def describe(self):
        return "both/" + super().describe()


class Mixin:
    def hello(self):
        return f"hello from {type(self).__name__}"


class Final(Mixin, Both, tag="fin"):
    pass


print(Base.registry)
print([c.__name__ for c in Final.__mro__])
f = Final("zed")
print(f, f.hello(), Counted.n, Final.n, Both.n)
b = Both("ann")
print(b, Final.n, Both.n, Counted.n)
print(isinstance(f, Loud), issubclass(Final, Counted), Final.__bases__, Both.__base__.__name__)
print(super(Loud, b).describe(), Base.describe(b), Loud.describe(b))


class Money(int):
    def __new__(cls, v, cur="USD"):
        obj = super().__new__(cls, v)
        obj.cur = cur
        return obj

    def __repr__(self):
        return f"{int(self)} {self.cur}"

    def __add__(self, other):
        return Money(int(self) + int(other), self.cur)


m = Money(5) + 7
print(m, repr(m), type(m).__name__, m * 2, type(m * 2).__name__, m == 12, isinstance(m, int), str(Money(3)))


class Tags(list):
    def append(self, item):
        super().append(item.lower())


t = Tags(["A"])
t.append("B")
t += ["C"]
print(t, type(t).__name__, len(t), t[1:], type(t[1:]).__name__)
try:
    class Bad(Base, tag="x", color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
Final()
